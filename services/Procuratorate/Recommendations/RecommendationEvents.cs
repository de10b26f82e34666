using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Procuratorate.Recommendations;

/// <summary>检察建议 procuratorial recommendation issued to a named unit, with its reply due date (unit name never logged or published).</summary>
public sealed record RecommendationIssued(Guid RecommendationId, Guid CaseId, Guid? ChildId, string RegionCode, string Unit, string Content,
    bool Urgent, DateOnly ReplyDue, DateTimeOffset IssuedAt);

/// <summary>The unit's written reply and the procuratorate's view of its adequacy.</summary>
public sealed record RecommendationReplyRecorded(Guid RecommendationId, Guid CaseId, Guid? ChildId, DateOnly ReceivedOn, string Adequacy,
    string? Summary, bool Late, DateTimeOffset RecordedAt);

/// <summary>The reply period passed without a reply (found by the deadline scanner, once).</summary>
public sealed record RecommendationReplyOverdue(Guid RecommendationId, Guid CaseId, Guid? ChildId, DateOnly ReplyDue, DateTimeOffset DetectedAt);

/// <summary>Not complied with: escalated to a superior body, the people's congress, the supervisory commission or public-interest litigation.</summary>
public sealed record RecommendationEscalated(Guid RecommendationId, Guid CaseId, Guid? ChildId, string EscalatedTo, string Reason, DateTimeOffset EscalatedAt);

public static class RecommendationEventTypes
{
    /// <summary>The instrument's kind in the <c>deadlines</c> table (<c>stream_type</c>), which tells the scanner how to decide.</summary>
    public const string StreamType = "procuratorial-recommendation";

    public static void Register(EventTypes types) => types
        .Register<RecommendationIssued>("procuratorate.recommendation-issued.v1")
        .Register<RecommendationReplyRecorded>("procuratorate.recommendation-reply-recorded.v1")
        .Register<RecommendationReplyOverdue>("procuratorate.recommendation-reply-overdue.v1")
        .Register<RecommendationEscalated>("procuratorate.recommendation-escalated.v1");
}
