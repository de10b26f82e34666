using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.Cases;

/// <summary>Where a case stands: open until it is closed with an outcome or transferred to another unit.</summary>
public enum CaseStatus { Open, Closed, Transferred }

/// <summary>
/// A police case (警情/案件) about a child, folded from its events. Pure: <see cref="Evolve"/> folds; the commands
/// (<c>Cases/Opening</c>, <c>Cases/Changing</c>, and each instrument's issuing command) decide.
/// </summary>
public sealed record PoliceCase(
    Guid Id,
    string Source,
    Guid? ReportId,
    Guid? RoutingId,
    Guid? ChildId,
    string RegionCode,
    string Kind,
    IReadOnlyList<string> Situations,
    string? Urgency,
    string? Account,
    CaseStatus Status,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    Guid? ReferralId = null,
    DateTimeOffset? ReferredAt = null,
    string? Outcome = null,
    string? OutcomeSummary = null,
    string? TransferredTo = null,
    string? TransferReason = null,
    DateTimeOffset? EndedAt = null)
{
    public bool IsOpen => Status == CaseStatus.Open;

    public static PoliceCase? Evolve(PoliceCase? state, object @event) => (state, @event) switch
    {
        (null, CaseOpened e) => new PoliceCase(e.CaseId, e.Source, e.ReportId, e.RoutingId, e.ChildId, e.RegionCode, e.Kind, e.Situations,
            e.Urgency, e.Account, CaseStatus.Open, e.OpenedAt, e.By),
        ({ } s, CaseKindDecided e) => s with { Kind = e.Kind },
        ({ } s, CaseChildIdentified e) => s with { ChildId = e.ChildId },
        ({ } s, CaseReferredToProcuratorate e) => s with { ReferralId = e.ReferralId, ReferredAt = e.ReferredAt },
        ({ } s, CaseTransferred e) => s with { Status = CaseStatus.Transferred, TransferredTo = e.ToUnit, TransferReason = e.Reason,
            Outcome = CaseOutcomes.Transferred, OutcomeSummary = CaseOutcomes.SummaryOf(CaseOutcomes.Transferred), EndedAt = e.TransferredAt },
        ({ } s, CaseClosed e) => s with { Status = CaseStatus.Closed, Outcome = e.Outcome, OutcomeSummary = e.Summary, EndedAt = e.ClosedAt },
        _ => state,
    };

    /// <summary>
    /// What the command step needs: the fold, the jurisdiction, the audit subject (the child). Named <c>Stream</c>, not
    /// <c>Kind</c>, because a case's <see cref="Kind"/> is its administrative or criminal classification.
    /// </summary>
    public static readonly StreamKind<PoliceCase> Stream = new("case", Evolve, c => c.RegionCode);

    /// <summary>The rejection for any change to a case that has ended, or anything issued in it.</summary>
    public static Decision Ended(PoliceCase c) => Decision.Reject("case-not-open",
        c.Status == CaseStatus.Transferred ? "The case was transferred to another unit." : "The case is closed.");
}
