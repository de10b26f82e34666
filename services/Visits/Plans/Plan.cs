namespace ChildProtection.Visits.Plans;

/// <summary>A visit that counts for due dates: its day (China time) and kind.</summary>
public sealed record VisitDay(Guid VisitId, DateOnly Date, string Kind);

/// <summary>
/// A child's visit plan: the facts it is planned by, the visits made, the overdue notices already raised and the state of
/// the carer-failure escalation. One per child, folded from the child's <c>visit-plan</c> stream.
/// </summary>
/// <param name="OverdueRaised">Keys <c>duty|dueOn|level</c> of the overdue notices already raised (each once).</param>
/// <param name="CarerFailureEscalatedOn">When a carer failure was escalated and not yet found resolved on a later visit.</param>
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
    DateOnly? CarerFailureEscalatedOn)
{
    /// <summary>The key under which an overdue notice is remembered.</summary>
    public static string OverdueKey(string duty, DateOnly dueOn, string level) => $"{duty}|{dueOn:yyyy-MM-dd}|{level}";

    /// <summary>Pure evolve: the plan after one event (null until the plan opens).</summary>
    public static Plan? Evolve(Plan? plan, object @event) => @event switch
    {
        PlanOpened e => new Plan(e.ChildId, e.RegionCode, e.DirectorId, true, e.OpenedOn, null, e.Categories, e.RiskFactors,
            plan?.Visits ?? [], plan?.OverdueRaised ?? [], plan?.CarerFailureEscalatedOn),
        PlanReplanned e when plan is not null => plan with
        {
            RegionCode = e.RegionCode, DirectorId = e.DirectorId, Categories = e.Categories, RiskFactors = e.RiskFactors,
        },
        PlanClosed e when plan is not null => plan with { Open = false, ClosedOn = e.ClosedOn },
        VisitRecorded e when plan is not null => plan with
        {
            Visits = [.. plan.Visits, new VisitDay(e.VisitId, Http.ChinaDate.On(e.OccurredAt), e.Kind)],
            // A later visit that no longer finds the carer failing closes the escalation.
            CarerFailureEscalatedOn = e.Findings.Any(f => f.Code == FindingCodes.CarerUnableOrUnwilling) ? plan.CarerFailureEscalatedOn : null,
        },
        CarerFailureEscalated e when plan is not null => plan with
        {
            CarerFailureEscalatedOn = plan.CarerFailureEscalatedOn ?? Http.ChinaDate.On(e.ObservedAt),
        },
        VisitWentOverdue e when plan is not null => plan with
        {
            OverdueRaised = [.. plan.OverdueRaised, OverdueKey(e.Duty, e.DueOn, e.Level)],
        },
        _ => plan,
    };
}
