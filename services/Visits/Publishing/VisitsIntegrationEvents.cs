using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using ChildProtection.Visits.Plans;
using Published = ChildProtection.Contracts.Visits;

namespace ChildProtection.Visits.Publishing;

/// <summary>
/// What visits tells other services, through the outbox: visits recorded, escalations from findings (the mandatory
/// report request goes to Reporting as <see cref="Published.HarmFoundOnVisit"/>), and overdue notices. Plan bookkeeping
/// (opened, re-planned, closed) stays private.
/// </summary>
public sealed class VisitsIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        VisitRecorded e => [new Published.VisitRecorded(e.VisitId, e.ChildId, e.RegionCode, e.DirectorId, e.Kind, e.Mode,
            [.. e.Findings.Select(f => f.Code)], e.OccurredAt)],
        MandatoryReportRequested e => [new Published.HarmFoundOnVisit(e.VisitId, e.ChildId, e.RegionCode, e.DirectorId, e.RecordedBy,
            e.Findings, e.Observation, e.ObservedAt)],
        CarerFailureEscalated e => [new Published.CarerFailureEscalated(e.VisitId, e.ChildId, e.RegionCode,
            e.RegionCode.Length >= 9 ? e.RegionCode[..9] : e.RegionCode, e.DirectorId, e.Stage, e.Notify, e.Observation, e.ObservedAt)],
        HealthReferralRecorded e => [new Published.HealthReferralRecorded(e.VisitId, e.ChildId, e.RegionCode, e.DirectorId, e.Observation, e.ObservedAt)],
        ReliefAssessmentRequested e => [new Published.ReliefAssessmentRequested(e.VisitId, e.ChildId, e.RegionCode, e.Reasons, e.Note, e.RequestedAt)],
        DropoutSignalReported e => [new Published.DropoutSignalReported(e.VisitId, e.ChildId, e.RegionCode, e.DirectorId, e.Observation, e.ObservedAt)],
        VisitWentOverdue e => [new Published.VisitOverdue(e.ChildId, e.RegionCode, e.DirectorId, e.Duty, e.DueOn, e.Level, e.DaysOverdue, e.DetectedAt)],
        _ => [],
    };
}
