using ChildProtection.EventStore;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Procuratorate.Recommendations;

/// <summary>The unit's reply as recorded.</summary>
public sealed record RecommendationReply(DateOnly ReceivedOn, string Adequacy, string? Summary, bool Late);

/// <summary>
/// 检察建议 procuratorial recommendation to a unit failing its protection duties: awaiting a written reply within
/// 2 months (15 days if urgent; pack values), replied once, overdue once, escalated once when not complied with.
/// </summary>
public sealed record Recommendation(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, string Unit, string Content, bool Urgent,
    DateOnly ReplyDue, DateTimeOffset IssuedAt)
{
    public static readonly IReadOnlyList<string> Adequacies = ["adequate", "partly-adequate", "inadequate"];
    public static readonly IReadOnlyList<string> EscalationTargets = ["superior-body", "peoples-congress", "supervisory-commission", "public-interest-litigation"];

    public RecommendationReply? Reply { get; init; }
    public DateTimeOffset? OverdueAt { get; init; }
    public string? EscalatedTo { get; init; }
    public string? EscalationReason { get; init; }

    /// <summary>The issue date in China Standard Time.</summary>
    private DateOnly IssuedOn => ChinaDate.On(IssuedAt);

    public string Status => EscalatedTo is not null ? "escalated"
        : Reply is not null ? "replied"
        : OverdueAt is not null ? "reply-overdue"
        : "awaiting-reply";

    /// <summary>The reply's last day: months after the issue date, or days when urgent.</summary>
    public static DateOnly DueDate(DateOnly issuedOn, bool urgent, int months, int urgentDays) =>
        urgent ? issuedOn.AddDays(urgentDays) : issuedOn.AddMonths(months);

    public static Recommendation? Evolve(Recommendation? state, object @event) => (state, @event) switch
    {
        (_, RecommendationIssued e) => new Recommendation(e.RecommendationId, e.CaseId, e.ChildId, e.RegionCode, e.Unit, e.Content, e.Urgent,
            e.ReplyDue, e.IssuedAt),
        (null, _) => null,
        (_, RecommendationReplyRecorded e) => state with { Reply = new RecommendationReply(e.ReceivedOn, e.Adequacy, e.Summary, e.Late) },
        (_, RecommendationReplyOverdue e) => state with { OverdueAt = e.DetectedAt },
        (_, RecommendationEscalated e) => state with { EscalatedTo = e.EscalatedTo, EscalationReason = e.Reason },
        _ => state,
    };

    public Decision RecordReply(DateOnly receivedOn, string adequacy, string? summary, DateTimeOffset now)
    {
        if (Reply is not null) return Decision.Reject("already-replied", "The unit's reply has already been recorded.");
        if (EscalatedTo is not null) return Decision.Reject("already-escalated", "The recommendation has been escalated.");
        if (receivedOn < IssuedOn) return Decision.Reject("reply-before-issue", $"A reply cannot predate the recommendation ({IssuedOn:yyyy-MM-dd}).");
        return Decision.Accept(new RecommendationReplyRecorded(Id, CaseId, ChildId, receivedOn, adequacy, summary, receivedOn > ReplyDue, now));
    }

    public Decision MarkOverdue(DateOnly today, DateTimeOffset now)
    {
        if (Reply is not null || EscalatedTo is not null || OverdueAt is not null || today <= ReplyDue)
            return Decision.Reject("not-overdue", "The reply is not overdue.");
        return Decision.Accept(new RecommendationReplyOverdue(Id, CaseId, ChildId, ReplyDue, now));
    }

    public Decision Escalate(string to, string reason, DateOnly today, DateTimeOffset now)
    {
        if (EscalatedTo is not null) return Decision.Reject("already-escalated", "The recommendation has already been escalated.");
        var notComplied = Reply is { Adequacy: not "adequate" } || (Reply is null && today > ReplyDue);
        if (!notComplied)
            return Decision.Reject("no-non-compliance", "Escalate only when the reply is inadequate, or the reply period has passed without one.");
        return Decision.Accept(new RecommendationEscalated(Id, CaseId, ChildId, to, reason, now));
    }
}
