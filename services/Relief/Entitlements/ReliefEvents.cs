using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Relief.Entitlements;

/// <summary>An eligibility case opened (<c>proactive</c> from the facts, or <c>application</c>), with reasons and missing evidence.</summary>
public sealed record CaseOpened(Guid CaseId, Guid ChildId, string RegionCode, string Programme, string Origin,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> MissingEvidence, DateOnly OpenedOn, string OpenedBy, DateTimeOffset OpenedAt);

/// <summary>The township verified the case (cross-department data checked); evidence received is noted.</summary>
public sealed record CaseVerified(Guid CaseId, Guid ChildId, string RegionCode, string Programme, IReadOnlyList<string> Evidence,
    string? Note, string VerifiedBy, DateTimeOffset VerifiedAt);

/// <summary>County civil affairs confirmed the case.</summary>
public sealed record CaseConfirmed(Guid CaseId, Guid ChildId, string RegionCode, string Programme, string ConfirmedBy, DateTimeOffset ConfirmedAt);

/// <summary>The case was rejected with written reasons.</summary>
public sealed record CaseRejected(Guid CaseId, Guid ChildId, string RegionCode, string Programme, string Reasons, string RejectedBy, DateTimeOffset RejectedAt);

/// <summary>A proactive case was withdrawn before a decision because the child no longer meets the programme.</summary>
public sealed record CaseWithdrawn(Guid CaseId, Guid ChildId, string Programme, IReadOnlyList<string> Reasons, DateTimeOffset WithdrawnAt);

/// <summary>An entitlement starts (id = the case's id) in <paramref name="StartMonth"/> (the month after confirmation).</summary>
public sealed record EntitlementStarted(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly StartMonth,
    int? MonthlyYuan, DateOnly? NextReviewDue, DateTimeOffset StartedAt);

/// <summary>Nothing is paid from <paramref name="FromMonth"/> until resumed.</summary>
public sealed record EntitlementSuspended(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly FromMonth,
    string Reason, string SuspendedBy, DateTimeOffset SuspendedAt);

/// <summary>Payment resumes from <paramref name="FromMonth"/>.</summary>
public sealed record EntitlementResumed(Guid EntitlementId, Guid ChildId, DateOnly FromMonth, string ResumedBy, DateTimeOffset ResumedAt);

/// <summary>The entitlement ends: nothing is paid from <paramref name="EffectiveMonth"/> on.</summary>
public sealed record EntitlementTerminated(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly EffectiveMonth,
    string Reason, string TerminatedBy, DateTimeOffset TerminatedAt);

/// <summary>The child stopped meeting the programme on <paramref name="ChangedOn"/>: termination proposed for the month after.</summary>
public sealed record TerminationProposed(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly ChangedOn,
    DateOnly EffectiveMonth, IReadOnlyList<string> Reasons, DateTimeOffset ProposedAt);

/// <summary>A periodic review was done; the next one is due on <paramref name="NextDue"/>.</summary>
public sealed record ReviewRecorded(Guid EntitlementId, Guid ChildId, DateOnly ReviewedOn, DateOnly NextDue, string? Note, string ReviewedBy,
    DateTimeOffset ReviewedAt);

/// <summary>A review was not done by its due date (once per due date).</summary>
public sealed record ReviewWentOverdue(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly DueOn, DateTimeOffset DetectedAt);

/// <summary>
/// The registry moved the child to another village: the relief record follows, so the new township and county see and
/// decide it and the old ones no longer do.
/// </summary>
public sealed record ChildMoved(Guid ChildId, string FromRegion, string ToRegion, DateTimeOffset MovedAt);

/// <summary>The stable names under which Relief stores its events (one Marten stream per child, id = the child's registry id).</summary>
public static class ReliefEventTypes
{
    public static void Register(EventTypes types) => types
        .Register<CaseOpened>("relief.case-opened.v1")
        .Register<CaseVerified>("relief.case-verified.v1")
        .Register<CaseConfirmed>("relief.case-confirmed.v1")
        .Register<CaseRejected>("relief.case-rejected.v1")
        .Register<CaseWithdrawn>("relief.case-withdrawn.v1")
        .Register<EntitlementStarted>("relief.entitlement-started.v1")
        .Register<EntitlementSuspended>("relief.entitlement-suspended.v1")
        .Register<EntitlementResumed>("relief.entitlement-resumed.v1")
        .Register<EntitlementTerminated>("relief.entitlement-terminated.v1")
        .Register<TerminationProposed>("relief.termination-proposed.v1")
        .Register<ReviewRecorded>("relief.review-recorded.v1")
        .Register<ReviewWentOverdue>("relief.review-overdue.v1")
        .Register<ChildMoved>("relief.child-moved.v1");
}
