using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Visits.Plans;

/// <summary>A visit that counts for due dates: its day (China time) and kind.</summary>
public sealed record VisitDay(Guid VisitId, DateOnly Date, string Kind);

/// <summary>
/// A child's visit plan: the facts it is planned by, the visits made, the overdue notices already raised and the state of
/// the carer-failure escalation. One per child, folded from the child's plan stream (stream id = the child's registry id).
/// </summary>
/// <param name="OverdueRaised">Keys <c>duty|dueOn|level</c> of the overdue notices already raised (each once).</param>
/// <param name="CarerFailureEscalatedOn">When a carer failure was escalated and not yet found resolved on a later visit.</param>
/// <param name="FactsSince">
/// The day each risk factor (<c>risk:&lt;code&gt;</c>) and category (<c>category:&lt;code&gt;</c>) became known to the plan: a
/// risk cadence starts then, never retroactively. Null for a plan folded before it was kept (the opening day is assumed).
/// </param>
public sealed record Plan(
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    bool Open,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> RiskFactors,
    IReadOnlyList<VisitDay> Visits,
    IReadOnlyList<string> OverdueRaised,
    DateOnly? CarerFailureEscalatedOn,
    IReadOnlyDictionary<string, DateOnly>? FactsSince = null)
{
    /// <summary>What the command step needs: the fold and the jurisdiction (the audit subject is <see cref="ChildId"/>).</summary>
    public static readonly StreamKind<Plan> Kind = new("visit plan", Evolve, p => p.RegionCode);

    /// <summary>The key of a risk factor in <see cref="FactsSince"/>.</summary>
    public static string RiskKey(string code) => "risk:" + code;

    /// <summary>The key of a category in <see cref="FactsSince"/>.</summary>
    public static string CategoryKey(string code) => "category:" + code;

    /// <summary>The day a fact became known to the plan (the opening day when not kept).</summary>
    public DateOnly Since(string key) => FactsSince is not null && FactsSince.TryGetValue(key, out var since) ? since : OpenedOn;

    private static Dictionary<string, DateOnly> SinceOf(IReadOnlyList<string> categories, IReadOnlyList<string> risks,
        Func<string, DateOnly> since) =>
        categories.Select(CategoryKey).Concat(risks.Select(RiskKey)).Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, since, StringComparer.Ordinal);

    /// <summary>The key under which an overdue notice is remembered.</summary>
    public static string OverdueKey(string duty, DateOnly dueOn, string level) => $"{duty}|{dueOn:yyyy-MM-dd}|{level}";

    /// <summary>Pure evolve: the plan after one event (null until the plan opens).</summary>
    public static Plan? Evolve(Plan? plan, object @event) => @event switch
    {
        PlanOpened e => new Plan(e.ChildId, e.RegionCode, e.DirectorId, true, e.OpenedOn, null, e.Categories, e.RiskFactors,
            plan?.Visits ?? [], plan?.OverdueRaised ?? [], plan?.CarerFailureEscalatedOn, SinceOf(e.Categories, e.RiskFactors, _ => e.OpenedOn)),
        PlanReplanned e when plan is not null => plan with
        {
            RegionCode = e.RegionCode, DirectorId = e.DirectorId, Categories = e.Categories, RiskFactors = e.RiskFactors,
            // A fact the plan already had keeps its day; a new one is known from the re-planning day.
            FactsSince = SinceOf(e.Categories, e.RiskFactors, key =>
                plan.FactsSince is { } known ? known.TryGetValue(key, out var day) ? day : ChinaDate.On(e.ReplannedAt)
                : plan.Categories.Select(CategoryKey).Concat(plan.RiskFactors.Select(RiskKey)).Contains(key) ? plan.OpenedOn
                : ChinaDate.On(e.ReplannedAt)),
        },
        PlanClosed e when plan is not null => plan with { Open = false, ClosedOn = e.ClosedOn },
        VisitRecorded e when plan is not null => plan with
        {
            Visits = [.. plan.Visits, new VisitDay(e.VisitId, ChinaDate.On(e.OccurredAt), e.Kind)],
            // A later visit that no longer finds the carer failing closes the escalation.
            CarerFailureEscalatedOn = e.Findings.Any(f => f.Code == FindingCodes.CarerUnableOrUnwilling) ? plan.CarerFailureEscalatedOn : null,
        },
        CarerFailureEscalated e when plan is not null => plan with
        {
            CarerFailureEscalatedOn = plan.CarerFailureEscalatedOn ?? ChinaDate.On(e.ObservedAt),
        },
        VisitWentOverdue e when plan is not null => plan with
        {
            OverdueRaised = [.. plan.OverdueRaised, OverdueKey(e.Duty, e.DueOn, e.Level)],
        },
        _ => plan,
    };
}
