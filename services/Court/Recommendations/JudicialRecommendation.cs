using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Court.Recommendations;

/// <summary>司法建议 to a unit failing its duties toward a child (Minors Protection Law art. 114); the unit's name is never published.</summary>
public sealed record JudicialRecommendationIssued(Guid RecommendationId, Guid ChildId, string RegionCode, string Unit, string Content, DateOnly ReplyDue,
    DateTimeOffset IssuedAt);

/// <summary>The unit's written reply.</summary>
public sealed record JudicialRecommendationReplyRecorded(Guid RecommendationId, Guid ChildId, DateOnly ReceivedOn, string Summary, bool Late,
    DateTimeOffset RecordedAt);

/// <summary>The month passed without a reply (found by the deadline scanner, once).</summary>
public sealed record JudicialRecommendationReplyOverdue(Guid RecommendationId, Guid ChildId, DateOnly ReplyDue, DateTimeOffset DetectedAt);

public static class JudicialRecommendationEventTypes
{
    public const string StreamType = "judicial-recommendation";

    public static void Register(EventTypes types) => types
        .Register<JudicialRecommendationIssued>("court.judicial-recommendation-issued.v1")
        .Register<JudicialRecommendationReplyRecorded>("court.judicial-recommendation-reply-recorded.v1")
        .Register<JudicialRecommendationReplyOverdue>("court.judicial-recommendation-reply-overdue.v1");
}

/// <summary>A judicial recommendation: awaiting the reply within 1 month (pack value), replied once, overdue once.</summary>
public sealed record JudicialRecommendation(Guid Id, Guid ChildId, string RegionCode, string Unit, string Content, DateOnly ReplyDue, DateTimeOffset IssuedAt)
{
    public DateOnly? ReceivedOn { get; init; }
    public string? ReplySummary { get; init; }
    public bool ReplyLate { get; init; }
    public DateTimeOffset? OverdueAt { get; init; }

    public string Status => ReceivedOn is not null ? "replied" : OverdueAt is not null ? "reply-overdue" : "awaiting-reply";

    public static JudicialRecommendation? Evolve(JudicialRecommendation? state, object @event) => (state, @event) switch
    {
        (_, JudicialRecommendationIssued e) => new JudicialRecommendation(e.RecommendationId, e.ChildId, e.RegionCode, e.Unit, e.Content, e.ReplyDue, e.IssuedAt),
        (null, _) => null,
        (_, JudicialRecommendationReplyRecorded e) => state with { ReceivedOn = e.ReceivedOn, ReplySummary = e.Summary, ReplyLate = e.Late },
        (_, JudicialRecommendationReplyOverdue e) => state with { OverdueAt = e.DetectedAt },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<JudicialRecommendation> Kind = new("judicial recommendation", Evolve, r => r.RegionCode);
}

/// <summary>The unit's written reply, once, not before the recommendation; late after the reply's due date.</summary>
public sealed record RecordRecommendationReply(DateOnly ReceivedOn, string Summary, Moment At)
{
    public static Decision Decide(RecordRecommendationReply c, JudicialRecommendation s)
    {
        if (s.ReceivedOn is not null) return Decision.Reject("already-replied", "The unit's reply has already been recorded.");
        if (c.ReceivedOn < DateOnly.FromDateTime(s.IssuedAt.UtcDateTime).AddDays(-1)) return Decision.Reject("reply-before-issue", "The reply cannot precede the recommendation.");
        return Decision.Accept(new JudicialRecommendationReplyRecorded(s.Id, s.ChildId, c.ReceivedOn, c.Summary, c.ReceivedOn > s.ReplyDue, c.At.Now));
    }
}

/// <summary>The reply's month passed without a reply (the deadline scanner), once.</summary>
public sealed record LapseRecommendationReply(Moment At)
{
    public static Decision Decide(LapseRecommendationReply c, JudicialRecommendation s) =>
        s.ReceivedOn is null && s.OverdueAt is null && c.At.Today > s.ReplyDue
            ? Decision.Accept(new JudicialRecommendationReplyOverdue(s.Id, s.ChildId, s.ReplyDue, c.At.Now))
            : Decision.Reject("not-overdue", "The reply is not overdue.");
}
