namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>GET /api/reporting/reports/inbox</c>: a department's routings, urgent first, with their clocks.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Page, int PageSize);

public sealed record InboxItem(Guid ReportId, Guid RoutingId, long Version, string Department, string RegionCode, string Status,
    IReadOnlyList<string> Situations, string Urgency, DateTimeOffset ObservedAt, DateTimeOffset RoutedAt, DateTimeOffset? AcceptDueAt,
    DateTimeOffset? OutcomeDueAt, DateTimeOffset? FeedbackDueAt, bool Overdue, Guid? ChildId, IReadOnlyList<Guid>? LinkedReports);

/// <summary><c>GET /api/reporting/reports/{id}</c> as a receiving department sees it.</summary>
public sealed record ReportView(Guid Id, long Version, string ReceiptNumber, string Channel, string Status, ReporterView Reporter,
    ReportChild Child, IReadOnlyList<string> Situations, string? Observation, DateTimeOffset ObservedAt, string Urgency,
    DateTimeOffset FiledAt, IReadOnlyList<Guid>? LinkedReports, IReadOnlyList<RoutingView> Routings);

public sealed record ReporterView(string UnitType, string? UnitName, string? Person, string? Contact);

public sealed record ReportChild(Guid? ChildId, Guid? ProvisionalId, string? MaskedName, DateOnly? BirthDate, string? RegionCode,
    IReadOnlyList<RegistryCandidate>? RegistryCandidates, bool MatchPending);

public sealed record RegistryCandidate(Guid ChildId, string RegionCode, double Score);

public sealed record RoutingView(Guid Id, string Department, string RegionCode, string Status, DateTimeOffset RoutedAt, DateTimeOffset? AcceptDueAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? OutcomeDueAt, string? Outcome, string? OutcomeSummary, Guid? PoliceCaseId, DateTimeOffset? OutcomeAt,
    DateTimeOffset? FeedbackDueAt, DateTimeOffset? FedBackAt, string? FeedbackMethod, string? TransferredTo, string? TransferReason,
    string? TransferredFrom, bool AcceptanceOverdue, bool HandlingOverdue, bool FeedbackOverdue, IReadOnlyList<RoutingStep>? Steps);

public sealed record RoutingStep(Guid StepId, string Kind, string? Note, Guid? PoliceCaseId, DateTimeOffset RecordedAt, string? RecordedBy);

/// <summary>201 of <c>POST /api/reporting/reports</c>: the receipt and its secret, shown once.</summary>
public sealed record ReportReceipt(Guid ReportId, string ReceiptNumber, string Secret, string? StatusLink, IReadOnlyList<string> RoutedTo);

/// <summary><c>GET /api/reporting/reports/receipts/{number}</c> with the secret: the status and fixed outcome sentences.</summary>
public sealed record ReceiptStatus(string ReceiptNumber, string Status, DateTimeOffset FiledAt, IReadOnlyList<ReceiptOutcome> Outcomes);

public sealed record ReceiptOutcome(string Department, string Message, DateTimeOffset? FedBackAt);
