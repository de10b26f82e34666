using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Reporting.Reports;

/// <summary>The reporting unit and person (confidential: shown only to the receiving departments).</summary>
/// <param name="Person">Encrypted at rest by <see cref="Privacy.ReporterIdentity"/> (older events and service-made reports hold it clear).</param>
/// <param name="Contact">Encrypted at rest likewise.</param>
public sealed record Reporter(string UnitType, string UnitName, string Person, string Contact);

/// <summary>Identifying details of a child Registry did not match (no ID number is ever stored).</summary>
public sealed record ProvisionalChild(Guid ProvisionalId, string Name, DateOnly? BirthDate, string? Gender);

/// <summary>The child a report is about: a registry child, or a provisional record (with the registry's near candidates).</summary>
public sealed record ReportedChild(Guid? ChildId, ProvisionalChild? Provisional, string RegionCode, IReadOnlyList<Guid> Candidates, bool RegistryUnavailable = false);

/// <summary>A mandatory report was filed (强制报告).</summary>
public sealed record ReportFiled(Guid ReportId, string ReceiptNumber, string SecretHash, string Channel, Reporter Reporter, ReportedChild Child,
    IReadOnlyList<string> Situations, string Observation, DateTimeOffset ObservedAt, string Urgency, Guid? SourceVisitId, DateTimeOffset FiledAt, string FiledBy);

/// <summary>
/// A department holding the report matched its provisional child to a registry child (the child was registered later,
/// or the near candidate was confirmed). Carries the report's facts the child's file needs.
/// </summary>
public sealed record ProvisionalChildLinked(Guid ReportId, Guid ProvisionalId, Guid ChildId, string RegionCode, string Channel,
    IReadOnlyList<string> Situations, string Urgency, DateTimeOffset ObservedAt, DateTimeOffset FiledAt, DateTimeOffset LinkedAt, string LinkedBy);

/// <summary>An earlier report about the same child and situation within the pack's window.</summary>
public sealed record DuplicateLinked(Guid ReportId, Guid EarlierReportId, IReadOnlyList<string> CommonSituations, DateTimeOffset LinkedAt);

/// <summary>The report was routed to a department's inbox in a region.</summary>
public sealed record ReportRouted(Guid ReportId, Guid RoutingId, string Department, string RegionCode, Guid? ChildId, IReadOnlyList<string> Situations,
    string Urgency, DateTimeOffset AcceptDueAt,
    Guid? TransferredFrom, DateTimeOffset RoutedAt);

/// <summary>The department accepted (受理) its routing; the outcome is due by <paramref name="OutcomeDueAt"/>.</summary>
public sealed record RoutingAccepted(Guid ReportId, Guid RoutingId, string Department, string RegionCode, Guid? ChildId,
    IReadOnlyList<string> Situations, string Urgency, DateTimeOffset ObservedAt, DateTimeOffset OutcomeDueAt, DateTimeOffset AcceptedAt, string AcceptedBy);

/// <summary>The department transferred its routing to another department, with a reason.</summary>
public sealed record RoutingTransferred(Guid ReportId, Guid RoutingId, string Department, string RegionCode, string ToDepartment, Guid NewRoutingId,
    string Reason, DateTimeOffset TransferredAt, string TransferredBy);

/// <summary>A handling step (处置) of a routing; a police case opened from it carries its case id.</summary>
public sealed record HandlingStepRecorded(Guid ReportId, Guid RoutingId, Guid StepId, string Kind, string Note, Guid? PoliceCaseId,
    DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>The routing's outcome; <paramref name="Summary"/> is for departments only, the reporter gets <see cref="ReporterMessages"/>.</summary>
public sealed record RoutingOutcomeRecorded(Guid ReportId, Guid RoutingId, string Outcome, string Summary, Guid? PoliceCaseId,
    DateTimeOffset FeedbackDueAt, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>The outcome was told to the reporter (以适当方式将处理结果告知).</summary>
public sealed record OutcomeFedBack(Guid ReportId, Guid RoutingId, string Department, Guid? ChildId, string Outcome, string Message, string Method,
    DateTimeOffset FedBackAt, string FedBackBy);

/// <summary>Acceptance deadline passed (emitted once per routing).</summary>
public sealed record AcceptanceOverdue(Guid ReportId, Guid RoutingId, string Department, string RegionCode, DateTimeOffset DueAt, DateTimeOffset DetectedAt);

/// <summary>Handling (outcome) deadline passed (emitted once per routing).</summary>
public sealed record HandlingOverdue(Guid ReportId, Guid RoutingId, string Department, string RegionCode, DateTimeOffset DueAt, DateTimeOffset DetectedAt);

/// <summary>Feedback deadline passed (emitted once per routing).</summary>
public sealed record FeedbackOverdue(Guid ReportId, Guid RoutingId, string Department, string RegionCode, DateTimeOffset DueAt, DateTimeOffset DetectedAt);

/// <summary>Stable names of the report stream's events.</summary>
public static class ReportEventTypes
{
    public static void Register(EventTypes types) => types
        .Register<ReportFiled>("reporting.report-filed.v1")
        .Register<DuplicateLinked>("reporting.duplicate-linked.v1")
        .Register<ProvisionalChildLinked>("reporting.provisional-child-linked.v1")
        .Register<ReportRouted>("reporting.report-routed.v1")
        .Register<RoutingAccepted>("reporting.routing-accepted.v1")
        .Register<RoutingTransferred>("reporting.routing-transferred.v1")
        .Register<HandlingStepRecorded>("reporting.handling-step-recorded.v1")
        .Register<RoutingOutcomeRecorded>("reporting.routing-outcome-recorded.v1")
        .Register<OutcomeFedBack>("reporting.outcome-fed-back.v1")
        .Register<AcceptanceOverdue>("reporting.acceptance-overdue.v1")
        .Register<HandlingOverdue>("reporting.handling-overdue.v1")
        .Register<FeedbackOverdue>("reporting.feedback-overdue.v1");
}
