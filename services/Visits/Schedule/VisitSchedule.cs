using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Schedule;

/// <summary>
/// The due-date decision, pure: what a plan owes as of a date under its jurisdiction's <see cref="VisitPolicy"/>.
/// <list type="bullet">
/// <item>Contact every <c>contactIntervalMonths</c> after the later of the plan's opening and the last contact or home
/// visit (a home visit is also a contact); no contact duty where the pack sets none (Liaoning: the home visit is monthly).</item>
/// <item>Home visit every <c>homeVisitIntervalMonths</c> after the later of the opening and the last home visit; every
/// <c>riskHomeVisitIntervalMonths</c> (never slower than the routine cadence) when one of the pack's risk factors applies,
/// counted from the later of the last home visit and the day the risk became known to the plan (never retroactively).</item>
/// <item>Left-behind children, where the pack lists vacations (Baotou): one home visit inside each vacation window
/// (寒假、暑假集中走访), due on the window's last day; the window that most recently ended is overdue when missed, the
/// next one is due.</item>
/// </list>
/// </summary>
public static class VisitSchedule
{
    public static IReadOnlyList<Duty> For(Plan plan, VisitPolicy policy, DateOnly asOf)
    {
        if (!plan.Open) return [];
        var duties = new List<Duty>(4);
        if (policy.ContactIntervalMonths is { } contactMonths)
        {
            var lastAny = plan.Visits.Select(v => (DateOnly?)v.Date).Max();
            duties.Add(Due(DutyCodes.Contact, Later(plan.OpenedOn, lastAny).AddMonths(contactMonths), null, asOf));
        }

        var lastHome = plan.Visits.Where(v => v.Kind == VisitKinds.HomeVisit).Select(v => (DateOnly?)v.Date).Max();
        var homeFrom = Later(plan.OpenedOn, lastHome);
        var homeDue = homeFrom.AddMonths(policy.HomeVisitIntervalMonths);
        var riskSince = RiskSince(plan, policy);
        if (riskSince is { } since)
        {
            // The risk cadence runs from the later of the last home visit and the day the risk became known (never
            // retroactively), and is never later than the routine date.
            var riskDue = Later(homeFrom, since).AddMonths(policy.RiskHomeVisitIntervalMonths);
            if (riskDue < homeDue) homeDue = riskDue;
        }
        duties.Add(Due(DutyCodes.HomeVisit, homeDue, null, asOf) with { RiskCadence = riskSince is not null });

        if (plan.Categories.Contains(CategoryCodes.RuralLeftBehind))
        {
            foreach (var window in policy.VacationVisits)
                duties.AddRange(Vacation(plan, window, asOf));
        }
        return duties;
    }

    /// <summary>
    /// True when one of the pack's risk factors applies: flagged in the registry, or implied by a category (a single-parent
    /// family is a risk in Shanxi; a disabled child's category implies <c>child-disability</c>).
    /// </summary>
    public static bool IsAtRisk(Plan plan, VisitPolicy policy) => RiskSince(plan, policy) is not null;

    /// <summary>
    /// The day the earliest of the pack's risk factors that apply became known to the plan (a flagged factor, or the category
    /// implying it); null when none applies.
    /// </summary>
    public static DateOnly? RiskSince(Plan plan, VisitPolicy policy)
    {
        var known = new List<DateOnly>();
        foreach (var code in plan.RiskFactors.Where(policy.RiskFactors.Contains))
            known.Add(plan.Since(Plan.RiskKey(code)));
        if (plan.Categories.Contains(CategoryCodes.SingleParentFamily) && policy.RiskFactors.Contains(RiskFactors.SingleParentFamily))
            known.Add(plan.Since(Plan.CategoryKey(CategoryCodes.SingleParentFamily)));
        if (plan.Categories.Contains(CategoryCodes.InDifficultyDisability) && policy.RiskFactors.Contains(RiskFactors.ChildDisability))
            known.Add(plan.Since(Plan.CategoryKey(CategoryCodes.InDifficultyDisability)));
        return known.Count == 0 ? null : known.Min();
    }

    private static IEnumerable<Duty> Vacation(Plan plan, VacationWindow window, DateOnly asOf)
    {
        var code = DutyCodes.VacationPrefix + window.Name;
        // Occurrences that end on or after the day the child became left-behind in this plan, around the as-of date.
        var since = plan.Since(Plan.CategoryKey(CategoryCodes.RuralLeftBehind));
        var occurrences = Enumerable.Range(asOf.Year - 2, 4)
            .Select(year => Occurrence(window, year))
            .Where(o => o.To >= since)
            .ToList();
        bool Made((DateOnly From, DateOnly To) o) =>
            plan.Visits.Any(v => v.Kind == VisitKinds.HomeVisit && v.Date >= o.From && v.Date <= o.To);

        var ended = occurrences.Where(o => o.To < asOf).ToList();
        if (ended.Count > 0 && !Made(ended[^1]))
            yield return Due(code, ended[^1].To, ended[^1].From, asOf);
        var next = occurrences.FirstOrDefault(o => o.To >= asOf);
        if (next != default && !Made(next))
            yield return Due(code, next.To, next.From, asOf);
    }

    private static (DateOnly From, DateOnly To) Occurrence(VacationWindow window, int year)
    {
        var from = window.From.InYear(year);
        var to = window.To.InYear(year);
        return (from, to < from ? window.To.InYear(year + 1) : to);
    }

    private static DateOnly Later(DateOnly opened, DateOnly? last) => last is { } l && l > opened ? l : opened;

    private static Duty Due(string code, DateOnly dueOn, DateOnly? from, DateOnly asOf) =>
        asOf > dueOn
            ? new Duty(code, dueOn, from, true, asOf.DayNumber - dueOn.DayNumber)
            : new Duty(code, dueOn, from, false, 0);
}
