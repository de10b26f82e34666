using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Reading;

/// <summary>A plan as callers see it: the facts it is planned by, the last visits and what is due as of a date.</summary>
public sealed record PlanView(
    Guid ChildId, string RegionCode, Guid? DirectorId, string Status, DateOnly OpenedOn, DateOnly? ClosedOn,
    IReadOnlyList<string> Categories, IReadOnlyList<string> RiskFactors, bool RiskCadence, DateOnly AsOf,
    DateOnly? LastContactOn, DateOnly? LastHomeVisitOn, IReadOnlyList<Duty> Duties, long Version)
{
    public static PlanView Of(Plan plan, long version, VisitPolicy policy, DateOnly asOf) => new(
        plan.ChildId, plan.RegionCode, plan.DirectorId, plan.Open ? "open" : "closed", plan.OpenedOn, plan.ClosedOn,
        plan.Categories, plan.RiskFactors, VisitSchedule.IsAtRisk(plan, policy), asOf,
        plan.Visits.Select(v => (DateOnly?)v.Date).Max(),
        plan.Visits.Where(v => v.Kind == VisitKinds.HomeVisit).Select(v => (DateOnly?)v.Date).Max(),
        VisitSchedule.For(plan, policy, asOf), version);
}

/// <summary>A recorded visit as callers see it.</summary>
public sealed record VisitView(Guid VisitId, string Kind, string Mode, DateTimeOffset OccurredAt, string Place,
    IReadOnlyList<string> Seen, IReadOnlyList<Finding> Findings, string? Notes, string RecordedBy, DateTimeOffset RecordedAt);
