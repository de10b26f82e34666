using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Police.Recommendations;

/// <summary>
/// The police recommended that a unit failing its protection duties put it right (Minors Protection Law art. 114); the
/// written reply is due at <see cref="ReplyDueAt"/> (the policy pack's months after issue, 1 by default).
/// </summary>
public sealed record RecommendationIssued(Guid RecommendationId, Guid CaseId, Guid? ChildId, string RegionCode, string Unit,
    IReadOnlyList<string> Failings, string Text, DateTimeOffset IssuedAt, DateTimeOffset ReplyDueAt, string ReplyPeriodSource, string By)
    : IInstrumentIssued
{
    Guid IInstrumentIssued.InstrumentId => RecommendationId;
    string IInstrumentIssued.InstrumentKind => InstrumentKinds.Recommendation;
    string IInstrumentIssued.InstrumentStatus => Recommendation.AwaitingReply;
    string? IInstrumentIssued.NamedPerson => null;
    DateTimeOffset? IInstrumentIssued.DueAt => ReplyDueAt;
}

/// <summary>The unit's written reply was recorded (late when after the due time).</summary>
public sealed record RecommendationReplyRecorded(Guid RecommendationId, Guid CaseId, Guid? ChildId, string RegionCode, string Reply,
    DateOnly RepliedOn, bool Late, DateTimeOffset RecordedAt, string By) : IInstrumentChanged
{
    Guid IInstrumentChanged.InstrumentId => RecommendationId;
    string IInstrumentChanged.InstrumentStatus => Recommendation.Replied;
    bool IInstrumentChanged.StopsClock => true;
}

/// <summary>The reply was not in by the due time (emitted once by the deadline scanner).</summary>
public sealed record RecommendationReplyOverdue(Guid RecommendationId, Guid CaseId, Guid? ChildId, string RegionCode, string Unit,
    DateTimeOffset ReplyDueAt, DateTimeOffset DetectedAt) : IInstrumentOverdue
{
    Guid IInstrumentOverdue.InstrumentId => RecommendationId;
}

/// <summary>A recommendation to a unit: awaiting its reply (overdue once the due time passes), then replied.</summary>
public sealed record Recommendation(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, string Unit, IReadOnlyList<string> Failings,
    string Text, DateTimeOffset IssuedAt, DateTimeOffset ReplyDueAt, string ReplyPeriodSource, string Status, bool Overdue = false,
    string? Reply = null, DateOnly? RepliedOn = null, bool Late = false)
{
    public const string AwaitingReply = "awaiting-reply";
    public const string Replied = "replied";

    /// <summary>The protection duties a unit may be failing.</summary>
    public static readonly string[] FailingCodes =
    [
        "failed-to-report", "unsafe-premises", "admitted-minor-unlawfully", "failed-to-check-identity", "failed-to-supervise",
        "employed-unfit-staff", "other-protection-duty",
    ];

    public static Recommendation? Evolve(Recommendation? state, object @event) => (state, @event) switch
    {
        (null, RecommendationIssued e) => new Recommendation(e.RecommendationId, e.CaseId, e.ChildId, e.RegionCode, e.Unit, e.Failings, e.Text,
            e.IssuedAt, e.ReplyDueAt, e.ReplyPeriodSource, AwaitingReply),
        ({ } s, RecommendationReplyRecorded e) => s with { Status = Replied, Reply = e.Reply, RepliedOn = e.RepliedOn, Late = e.Late },
        ({ } s, RecommendationReplyOverdue) => s with { Overdue = true },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<Recommendation> Kind = new("recommendation", Evolve, r => r.RegionCode);

    public static EventTypes Register(EventTypes types) => types
        .Register<RecommendationIssued>("police.recommendation-issued.v1")
        .Register<RecommendationReplyRecorded>("police.recommendation-reply-recorded.v1")
        .Register<RecommendationReplyOverdue>("police.recommendation-reply-overdue.v1");

    public static object View(Recommendation r, long version) => new
    {
        r.Id, r.CaseId, r.ChildId, r.RegionCode, r.Unit, r.Failings, r.Text, r.IssuedAt, r.ReplyDueAt, r.ReplyPeriodSource, r.Status, r.Overdue,
        r.Reply, r.RepliedOn, r.Late, Version = version,
    };
}
