using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using ChildProtection.Reporting.Failures;
using ChildProtection.Reporting.Reports;
using Published = ChildProtection.Contracts.Reporting;

namespace ChildProtection.Reporting.Publishing;

/// <summary>
/// What Reporting tells other services: routing facts, acceptances (the police open cases from them), transfers, overdue
/// deadlines, feedback and failures to report. Never the reporter, the observation, or a name. File entries (contracts that
/// implement IChildFileEvent) only for reports matched to a registry child.
/// </summary>
public sealed class ReportingIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        ReportFiled { Child.ChildId: { } childId } e =>
            [new Published.ReportFiled(e.ReportId, childId, e.Child.RegionCode, e.Channel, e.Situations, e.Urgency, e.ObservedAt, e.FiledAt)],
        // Matched later: the report lands in the child's file as filed, on the day it was filed.
        ProvisionalChildLinked e => [new Published.ReportFiled(e.ReportId, e.ChildId, e.RegionCode, e.Channel, e.Situations, e.Urgency, e.ObservedAt, e.FiledAt)],
        ReportRouted e => [new Published.ReportRouted(e.ReportId, e.RoutingId, e.Department, e.ChildId, e.RegionCode, e.Situations, e.Urgency, e.AcceptDueAt, e.TransferredFrom, e.RoutedAt)],
        RoutingAccepted e => [new Published.MandatoryReportAccepted(e.ReportId, e.RoutingId, e.Department, e.ChildId, e.RegionCode, e.Situations, e.Urgency,
            e.ObservedAt, e.AcceptedAt, e.AcceptedBy)],
        RoutingTransferred e => [new Published.ReportTransferred(e.ReportId, e.RoutingId, e.Department, e.NewRoutingId, e.ToDepartment, e.RegionCode, e.Reason,
            e.TransferredAt, e.TransferredBy)],
        AcceptanceOverdue e => [new Published.ReportAcceptanceOverdue(e.ReportId, e.RoutingId, e.Department, e.RegionCode, e.DueAt, e.DetectedAt)],
        HandlingOverdue e => [new Published.ReportHandlingOverdue(e.ReportId, e.RoutingId, e.Department, e.RegionCode, e.DueAt, e.DetectedAt)],
        FeedbackOverdue e => [new Published.ReportFeedbackOverdue(e.ReportId, e.RoutingId, e.Department, e.RegionCode, e.DueAt, e.DetectedAt)],
        OutcomeFedBack { ChildId: { } childId } e =>
            [new Published.ReportOutcomeFedBack(e.ReportId, e.RoutingId, childId, e.Department, e.Outcome, e.Method, e.FedBackAt)],
        FailureToReportRecorded { ChildId: { } childId } e =>
            [new Published.FailureToReportRecorded(e.RecordId, childId, e.RegionCode, e.UnitType, e.EvidenceSource, e.EvidenceId, e.KnownSince, e.RecordedAt)],
        _ => [],
    };
}
