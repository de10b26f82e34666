using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Court.ProtectionOrders;

/// <summary>
/// 人身安全保护令 application on behalf of a child (Anti-Domestic Violence Law art. 23): by whom, in what form, against whom,
/// which measures, how urgent, and when the decision is due. The respondent's name is never logged or published.
/// </summary>
public sealed record ProtectionOrderApplied(Guid OrderId, Guid ChildId, string RegionCode, string Applicant, string Form, string RespondentRelation,
    string? RespondentName, IReadOnlyList<string> RequestedMeasures, string Facts, bool Urgent, DateTimeOffset DecisionDueAt, DateTimeOffset PresidentEscalationAt, DateTimeOffset AppliedAt);

/// <summary>Issued with its measures and validity (at most 6 months, art. 30); <paramref name="Late"/> when decided after the due time.</summary>
public sealed record ProtectionOrderIssued(Guid OrderId, Guid ChildId, string RegionCode, IReadOnlyList<string> Measures, DateOnly ValidFrom,
    DateOnly ValidUntil, bool Late, DateTimeOffset DecidedAt);

/// <summary>The application rejected, with reasons.</summary>
public sealed record ProtectionOrderRejected(Guid OrderId, Guid ChildId, string RegionCode, string Reasons, bool Late, DateTimeOffset DecidedAt);

/// <summary>No decision by the due time (found by the deadline scanner, once).</summary>
public sealed record ProtectionOrderDecisionOverdue(Guid OrderId, Guid ChildId, string RegionCode, DateTimeOffset DueAt, DateTimeOffset DetectedAt);

/// <summary>Still undecided the pack's hours after the due time: on the court president's view (once).</summary>
public sealed record ProtectionOrderEscalatedToPresident(Guid OrderId, Guid ChildId, string RegionCode, DateTimeOffset DueAt, DateTimeOffset EscalatedAt);

/// <summary>Served on the police and the village (residents') committee, who help enforce it (art. 32).</summary>
public sealed record ProtectionOrderServed(Guid OrderId, Guid ChildId, string RegionCode, IReadOnlyList<string> ServedOn, IReadOnlyList<string> Measures,
    DateOnly ValidFrom, DateOnly ValidUntil, DateTimeOffset ServedAt);

/// <summary>A party applied for review (复议) within 5 days of the decision (art. 31).</summary>
public sealed record ProtectionOrderReviewApplied(Guid OrderId, Guid ChildId, string AppliedBy, string Reasons, DateTimeOffset AppliedAt);

/// <summary>The review decided: the decision upheld, or the order revoked.</summary>
public sealed record ProtectionOrderReviewDecided(Guid OrderId, Guid ChildId, string Outcome, string Reasons, DateTimeOffset DecidedAt);

/// <summary>Extended on application before expiry.</summary>
public sealed record ProtectionOrderExtended(Guid OrderId, Guid ChildId, string RegionCode, IReadOnlyList<string> Measures, DateOnly PreviousValidUntil,
    DateOnly ValidUntil, DateTimeOffset DecidedAt);

/// <summary>Measures changed on application before expiry.</summary>
public sealed record ProtectionOrderChanged(Guid OrderId, Guid ChildId, string RegionCode, IReadOnlyList<string> Measures, DateOnly ValidUntil, DateTimeOffset DecidedAt);

/// <summary>Revoked on application before expiry (or on review).</summary>
public sealed record ProtectionOrderRevoked(Guid OrderId, Guid ChildId, string RegionCode, string Reasons, DateTimeOffset DecidedAt);

/// <summary>The validity ended (found by the deadline scanner, once).</summary>
public sealed record ProtectionOrderExpired(Guid OrderId, Guid ChildId, string RegionCode, DateOnly ValidUntil, DateTimeOffset DetectedAt);

/// <summary>A breach and its sanction (art. 34): admonition, fine (≤ 1,000 yuan), detention (≤ 15 days) or criminal referral.</summary>
public sealed record ProtectionOrderBreached(Guid OrderId, Guid ChildId, string RegionCode, DateOnly BreachedOn, string Description, string Sanction,
    int? FineYuan, int? DetentionDays, DateTimeOffset RecordedAt);

public static class ProtectionOrderEventTypes
{
    public const string StreamType = "protection-order";

    public static void Register(EventTypes types) => types
        .Register<ProtectionOrderApplied>("court.protection-order-applied.v1")
        .Register<ProtectionOrderIssued>("court.protection-order-issued.v1")
        .Register<ProtectionOrderRejected>("court.protection-order-rejected.v1")
        .Register<ProtectionOrderDecisionOverdue>("court.protection-order-decision-overdue.v1")
        .Register<ProtectionOrderEscalatedToPresident>("court.protection-order-escalated-to-president.v1")
        .Register<ProtectionOrderServed>("court.protection-order-served.v1")
        .Register<ProtectionOrderReviewApplied>("court.protection-order-review-applied.v1")
        .Register<ProtectionOrderReviewDecided>("court.protection-order-review-decided.v1")
        .Register<ProtectionOrderExtended>("court.protection-order-extended.v1")
        .Register<ProtectionOrderChanged>("court.protection-order-changed.v1")
        .Register<ProtectionOrderRevoked>("court.protection-order-revoked.v1")
        .Register<ProtectionOrderExpired>("court.protection-order-expired.v1")
        .Register<ProtectionOrderBreached>("court.protection-order-breached.v1");
}
