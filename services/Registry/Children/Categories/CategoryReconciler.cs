namespace ChildProtection.Registry.Children.Categories;

/// <summary>
/// Turns the difference between the categories the child is in and those the rules now find into events: a
/// category entered (with reasons and its start date) or left (with why and when).
/// </summary>
public static class CategoryReconciler
{
    public static IReadOnlyList<object> Reconcile(Child child, DateOnly today, RegistryPolicy policy, DateTimeOffset now)
    {
        var findings = CategoryRules.Evaluate(child, today, policy).ToDictionary(f => f.Category);
        var events = new List<object>();
        foreach (var (category, active) in child.Categories.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (findings.ContainsKey(category)) continue;
            var (reasons, ended) = WhyLeft(child, category, today);
            events.Add(new CategoryLeft(child.Id, category, reasons, ended, now));
        }
        foreach (var finding in findings.Values)
        {
            if (child.Categories.TryGetValue(finding.Category, out var active) && active.Reasons.SequenceEqual(finding.Reasons)) continue;
            // Reasons changed while the category still holds: re-entered with the new reasons, the start date kept.
            var since = active?.Since ?? finding.Since;
            events.Add(new CategoryEntered(child.Id, finding.Category, finding.Reasons, since, now));
        }
        return events;
    }

    private static (IReadOnlyList<string> Reasons, DateOnly EndedOn) WhyLeft(Child child, string category, DateOnly today)
    {
        var birth = child.Details.BirthDate;
        var adult = birth.AddYears(CategoryRules.ChildAgeLimit);
        if (today >= adult) return ([$"turned {CategoryRules.ChildAgeLimit} on {CategoryRules.D(adult)}"], adult);
        var sixteen = birth.AddYears(CategoryRules.LeftBehindAgeLimit);
        if (category == CategoryCodes.RuralLeftBehind && today >= sixteen)
            return ([$"turned {CategoryRules.LeftBehindAgeLimit} on {CategoryRules.D(sixteen)}"], sixteen);
        return (["the facts that made it hold changed: " + string.Join("; ", child.Categories[category].Reasons)], EndedOn(child, category, today));
    }

    /// <summary>
    /// When a parent-driven category (orphan, de-facto unsupported) stopped holding: the latest date on which a parent stopped
    /// meeting its condition — the new situation's start, or a custody's end — rather than the day it was recorded or reviewed
    /// (the allowance ends the month after the change). Today when no such date falls after the category began.
    /// </summary>
    private static DateOnly EndedOn(Child child, string category, DateOnly today)
    {
        if (category is not (CategoryCodes.Orphan or CategoryCodes.DeFactoUnsupported)) return today;
        var began = child.Categories[category].Since;
        var changes = child.Parents.Values
            .Where(p => category == CategoryCodes.Orphan ? !p.IsDeadOrMissing : CategoryRules.Condition(p, today) is null)
            .Select(p => p.IsDeprivedOfLiberty && p.ExpectedEnd is { } end && end <= today ? end : p.Since)
            .Where(d => d > began && d <= today)
            .ToList();
        return changes.Count > 0 ? changes.Max() : today;
    }
}
