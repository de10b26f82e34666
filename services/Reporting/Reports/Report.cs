using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Reporting.Reports;

/// <summary>Where a routing stands.</summary>
public enum RoutingStatus
{
    /// <summary>In the department's inbox, not yet accepted.</summary>
    AwaitingAcceptance,
    /// <summary>Accepted (受理), being handled.</summary>
    Accepted,
    /// <summary>Outcome recorded, not yet told to the reporter.</summary>
    OutcomeRecorded,
    /// <summary>Outcome told to the reporter: closed.</summary>
    FedBack,
    /// <summary>Transferred to another department: closed here.</summary>
    Transferred,
}

/// <summary>A handling step as the departments see it.</summary>
public sealed record Step(Guid StepId, string Kind, string Note, Guid? PoliceCaseId, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>One department's share of a report.</summary>
public sealed record Routing(
    Guid Id, string Department, string RegionCode, RoutingStatus Status, DateTimeOffset RoutedAt, DateTimeOffset AcceptDueAt, Guid? TransferredFrom,
    DateTimeOffset? AcceptedAt = null, string? AcceptedBy = null, DateTimeOffset? OutcomeDueAt = null,
    string? Outcome = null, string? OutcomeSummary = null, Guid? PoliceCaseId = null, DateTimeOffset? OutcomeAt = null, DateTimeOffset? FeedbackDueAt = null,
    DateTimeOffset? FedBackAt = null, string? FeedbackMethod = null, string? FeedbackMessage = null,
    string? TransferredTo = null, string? TransferReason = null,
    DateTimeOffset? AcceptanceOverdueAt = null, DateTimeOffset? HandlingOverdueAt = null, DateTimeOffset? FeedbackOverdueAt = null)
{
    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>Still the department's to act on.</summary>
    public bool IsOpen => Status is not (RoutingStatus.FedBack or RoutingStatus.Transferred);
}

/// <summary>
/// A mandatory report: what was filed, the departments it went to, and the links to earlier reports. Pure: Evolve folds
/// the events; the commands (<see cref="FileReport"/>, <see cref="AcceptRouting"/> and the others) decide.
/// </summary>
public sealed record Report(ReportFiled Filed, IReadOnlyList<Routing> Routings, IReadOnlyList<Guid> LinkedTo)
{
    /// <summary>What the command step needs: the fold, the jurisdiction (the child's region), the audit subject (a registry child).</summary>
    public static readonly StreamKind<Report> Kind = new("report", Evolve, s => s.RegionCode, s => s.Filed.Child.ChildId);

    public Guid Id => Filed.ReportId;

    /// <summary>The region the report is routed in (the child's).</summary>
    public string RegionCode => Filed.Child.RegionCode;

    public Routing? RoutingOf(Guid routingId) => Routings.FirstOrDefault(r => r.Id == routingId);

    /// <summary>What the reporter sees: received → accepted → handled → closed.</summary>
    public string ReporterStatus
    {
        get
        {
            var active = Routings.Where(r => r.Status != RoutingStatus.Transferred).ToList();
            if (active.Count > 0 && active.All(r => r.Status == RoutingStatus.FedBack)) return "closed";
            if (active.Count > 0 && active.All(r => r.Status is RoutingStatus.OutcomeRecorded or RoutingStatus.FedBack)) return "handled";
            if (active.Any(r => r.Status != RoutingStatus.AwaitingAcceptance)) return "accepted";
            return "received";
        }
    }

    public static Report? Evolve(Report? state, object @event) => (state, @event) switch
    {
        (null, ReportFiled e) => new Report(e, [], []),
        (null, _) => null,
        (_, DuplicateLinked e) => state with { LinkedTo = [.. state.LinkedTo, e.EarlierReportId] },
        (_, ProvisionalChildLinked e) => state with { Filed = state.Filed with { Child = state.Filed.Child with { ChildId = e.ChildId } } },
        (_, ReportRouted e) => state with
        {
            Routings = [.. state.Routings, new Routing(e.RoutingId, e.Department, e.RegionCode, RoutingStatus.AwaitingAcceptance, e.RoutedAt, e.AcceptDueAt, e.TransferredFrom)],
        },
        (_, RoutingAccepted e) => Update(state, e.RoutingId, r => r with
        {
            Status = RoutingStatus.Accepted, AcceptedAt = e.AcceptedAt, AcceptedBy = e.AcceptedBy, OutcomeDueAt = e.OutcomeDueAt,
        }),
        (_, RoutingTransferred e) => Update(state, e.RoutingId, r => r with
        {
            Status = RoutingStatus.Transferred, TransferredTo = e.ToDepartment, TransferReason = e.Reason,
        }),
        (_, HandlingStepRecorded e) => Update(state, e.RoutingId, r => r with
        {
            Steps = [.. r.Steps, new Step(e.StepId, e.Kind, e.Note, e.PoliceCaseId, e.RecordedAt, e.RecordedBy)],
            PoliceCaseId = e.PoliceCaseId ?? r.PoliceCaseId,
        }),
        (_, RoutingOutcomeRecorded e) => Update(state, e.RoutingId, r => r with
        {
            Status = RoutingStatus.OutcomeRecorded, Outcome = e.Outcome, OutcomeSummary = e.Summary, OutcomeAt = e.RecordedAt,
            FeedbackDueAt = e.FeedbackDueAt, PoliceCaseId = e.PoliceCaseId ?? r.PoliceCaseId,
        }),
        (_, OutcomeFedBack e) => Update(state, e.RoutingId, r => r with
        {
            Status = RoutingStatus.FedBack, FedBackAt = e.FedBackAt, FeedbackMethod = e.Method, FeedbackMessage = e.Message,
        }),
        (_, AcceptanceOverdue e) => Update(state, e.RoutingId, r => r with { AcceptanceOverdueAt = e.DetectedAt }),
        (_, HandlingOverdue e) => Update(state, e.RoutingId, r => r with { HandlingOverdueAt = e.DetectedAt }),
        (_, FeedbackOverdue e) => Update(state, e.RoutingId, r => r with { FeedbackOverdueAt = e.DetectedAt }),
        _ => state,
    };

    private static Report Update(Report state, Guid routingId, Func<Routing, Routing> change) =>
        state with { Routings = [.. state.Routings.Select(r => r.Id == routingId ? change(r) : r)] };
}
