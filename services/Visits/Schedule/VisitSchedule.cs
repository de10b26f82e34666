using ChildProtection.ServiceDefaults.Jurisdictions;
using ChildProtection.Visits.Plans;

namespace ChildProtection.Visits.Schedule;

/// <summary>
/// The due-date decision, pure: what a plan owes as of a date under its jurisdiction's <see cref="VisitPolicy"/>.
/// <list type="bullet">
/// <item>Contact every <c>contactIntervalMonths</c> after the later of the plan's opening and the last contact or home
/// visit (a home visit is also a contact); no contact duty where the pack sets none (Liaoning: the home visit is monthly).</item>
/// <item>Home visit every <c>homeVisitIntervalMonths</c> after the later of the opening and the last home visit; every
/// <c>riskHomeVisitIntervalMonths</c> (never slower than the routine cadence) when one of the pack's risk factors applies.</item>
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

        var risk = IsAtRisk(plan, policy);
        var homeMonths = risk ? Math.Min(policy.RiskHomeVisitIntervalMonths, policy.HomeVisitIntervalMonths) : policy.HomeVisitIntervalMonths;
        var lastHome = plan.Visits.Where(v => v.Kind == VisitKinds.HomeVisit).Select(v => (DateOnly?)v.Date).Max();
        duties.Add(Due(DutyCodes.HomeVisit, Later(plan.OpenedOn, lastHome).AddMonths(homeMonths), null, asOf) with { RiskCadence = risk });

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
    public static bool IsAtRisk(Plan plan, VisitPolicy policy)
    {
        var factors = new HashSet<string>(plan.RiskFactors, StringComparer.Ordinal);
        if (plan.Categories.Contains(CategoryCodes.SingleParentFamily)) factors.Add(RiskFactors.SingleParentFamily);
        if (plan.Categories.Contains(CategoryCodes.InDifficultyDisability)) factors.Add(RiskFactors.ChildDisability);
        return policy.RiskFactors.Any(factors.Contains);
    }

    private static IEnumerable<Duty> Vacation(Plan plan, VacationWindow window, DateOnly asOf)
    {
        var code = DutyCodes.VacationPrefix + window.Name;
        // Occurrences that end on or after the plan's opening, around the as-of date.
        var occurrences = Enumerable.Range(asOf.Year - 2, 4)
            .Select(year => Occurrence(window, year))
            .Where(o => o.To >= plan.OpenedOn)
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
