using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Time;

namespace ChildProtection.Procuratorate.Recommendations;

/// <summary>The unit's reply as recorded.</summary>
public sealed record RecommendationReply(DateOnly ReceivedOn, string Adequacy, string? Summary, bool Late);

/// <summary>
/// 检察建议 procuratorial recommendation to a unit failing its protection duties: awaiting a written reply within
/// 2 months (15 days if urgent; pack values), replied once, overdue once, escalated once when not complied with. Pure: Evolve
/// folds events; the commands in RecommendationCommands.cs decide.
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
    public DateOnly IssuedOn => ChinaDate.On(IssuedAt);

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

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child, when the case names one).</summary>
    public static readonly StreamKind<Recommendation> Kind = new("recommendation", Evolve, r => r.RegionCode);
}
