using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Reporting.Reports;

/// <summary>A report as a receiving department sees it (the reporter's identity is confidential to the receivers and
/// the contact masked unless asked for; a provisional child's name is masked; no ID number exists to show).</summary>
public sealed record ReportView(Guid Id, long Version, string ReceiptNumber, string Channel, string Status, Reporter Reporter, ChildView Child,
    IReadOnlyList<string> Situations, string Observation, DateTimeOffset ObservedAt, string Urgency, Guid? SourceVisitId, DateTimeOffset FiledAt,
    IReadOnlyList<Guid> LinkedReports, IReadOnlyList<RoutingView> Routings)
{
    /// <summary>The view for <paramref name="caller"/>; <paramref name="reporter"/> turns the stored reporter into the shown one.</summary>
    public static ReportView ForDepartment(Report report, long version, ServiceDefaults.Caller caller, Func<Reporter, Reporter> reporter) => new(
        report.Id, version, report.Filed.ReceiptNumber, report.Filed.Channel, report.ReporterStatus,
        reporter(report.Filed.Reporter), ChildView.Of(report.Filed.Child),
        report.Filed.Situations, report.Filed.Observation, report.Filed.ObservedAt, report.Filed.Urgency, report.Filed.SourceVisitId, report.Filed.FiledAt,
        report.LinkedTo, [.. report.Routings.Select(r => RoutingView.Of(r, mine: r.Department == caller.Department))]);
}

/// <summary>The child: registry id, or the provisional record with the name masked.</summary>
public sealed record ChildView(Guid? ChildId, Guid? ProvisionalId, string? MaskedName, DateOnly? BirthDate, string RegionCode,
    IReadOnlyList<Guid> RegistryCandidates, bool MatchPending)
{
    public static ChildView Of(ReportedChild c) => new(c.ChildId, c.Provisional?.ProvisionalId, c.Provisional is { } p ? FieldMasks.Name(p.Name) : null,
        c.Provisional?.BirthDate, c.RegionCode, c.Candidates, c.ChildId is null);
}

/// <summary>A routing with its deadlines; steps and the outcome summary only for the caller's own department.</summary>
public sealed record RoutingView(Guid Id, string Department, string RegionCode, string Status, DateTimeOffset RoutedAt, DateTimeOffset AcceptDueAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? OutcomeDueAt, string? Outcome, string? OutcomeSummary, Guid? PoliceCaseId, DateTimeOffset? OutcomeAt,
    DateTimeOffset? FeedbackDueAt, DateTimeOffset? FedBackAt, string? FeedbackMethod, string? TransferredTo, string? TransferReason, Guid? TransferredFrom,
    bool AcceptanceOverdue, bool HandlingOverdue, bool FeedbackOverdue, IReadOnlyList<Step> Steps)
{
    public static RoutingView Of(Routing r, bool mine) => new(r.Id, r.Department, r.RegionCode, StatusCode(r.Status), r.RoutedAt, r.AcceptDueAt,
        r.AcceptedAt, r.OutcomeDueAt, r.Outcome, mine ? r.OutcomeSummary : null, mine ? r.PoliceCaseId : null, r.OutcomeAt, r.FeedbackDueAt, r.FedBackAt,
        r.FeedbackMethod, r.TransferredTo, r.TransferReason, r.TransferredFrom,
        r.AcceptanceOverdueAt is not null, r.HandlingOverdueAt is not null, r.FeedbackOverdueAt is not null, mine ? r.Steps : []);

    public static string StatusCode(RoutingStatus status) => status switch
    {
        RoutingStatus.AwaitingAcceptance => "awaiting-acceptance",
        RoutingStatus.Accepted => "accepted",
        RoutingStatus.OutcomeRecorded => "outcome-recorded",
        RoutingStatus.FedBack => "fed-back",
        _ => "transferred",
    };
}
