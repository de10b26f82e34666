using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Procuratorate.PublicInterest;

/// <summary>
/// 公益诉讼 public-interest litigation begun (Minors Protection Law art. 106): administrative with a pre-suit
/// recommendation to the agency (reply within 2 months, 15 days if urgent), or civil with a 30-day public notice
/// (法释〔2018〕6号 art. 21, 13; pack values). <paramref name="Respondent"/> names the agency or the defendant (never logged or published).
/// </summary>
public sealed record PublicInterestLitigationOpened(Guid LitigationId, Guid CaseId, Guid? ChildId, string RegionCode, string Kind, string Respondent,
    string Content, bool Urgent, DateOnly PeriodEndsOn, DateTimeOffset OpenedAt);

/// <summary>The agency's reply to the pre-suit recommendation (administrative only).</summary>
public sealed record PublicInterestReplyRecorded(Guid LitigationId, Guid CaseId, Guid? ChildId, DateOnly ReceivedOn, string Adequacy, string? Summary,
    DateTimeOffset RecordedAt);

/// <summary>The reply period passed unanswered, or the public notice ran out (found by the deadline scanner, once).</summary>
public sealed record PublicInterestPeriodEnded(Guid LitigationId, Guid CaseId, Guid? ChildId, string Kind, DateOnly PeriodEndedOn, DateTimeOffset DetectedAt);

/// <summary>The procuratorate filed the suit with the court.</summary>
public sealed record PublicInterestSuitFiled(Guid LitigationId, Guid CaseId, Guid? ChildId, string Kind, string CourtCaseReference, DateOnly FiledOn,
    DateTimeOffset RecordedAt);

/// <summary>Ended without a suit: the agency remedied it, or a party with standing sued during the notice.</summary>
public sealed record PublicInterestLitigationClosed(Guid LitigationId, Guid CaseId, Guid? ChildId, string Reason, DateTimeOffset ClosedAt);

public static class PublicInterestEventTypes
{
    /// <summary>The instrument's kind in the <c>deadlines</c> table (<c>stream_type</c>), which tells the scanner how to decide.</summary>
    public const string StreamType = "public-interest-litigation";

    public static void Register(EventTypes types) => types
        .Register<PublicInterestLitigationOpened>("procuratorate.public-interest-litigation-opened.v1")
        .Register<PublicInterestReplyRecorded>("procuratorate.public-interest-reply-recorded.v1")
        .Register<PublicInterestPeriodEnded>("procuratorate.public-interest-period-ended.v1")
        .Register<PublicInterestSuitFiled>("procuratorate.public-interest-suit-filed.v1")
        .Register<PublicInterestLitigationClosed>("procuratorate.public-interest-litigation-closed.v1");
}
