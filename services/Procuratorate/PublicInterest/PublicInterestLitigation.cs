using ChildProtection.EventStore;

namespace ChildProtection.Procuratorate.PublicInterest;

/// <summary>The agency's reply to an administrative pre-suit recommendation.</summary>
public sealed record AgencyReply(DateOnly ReceivedOn, string Adequacy, string? Summary);

/// <summary>
/// Public-interest litigation. Administrative: pre-suit recommendation → reply (adequate: close as remedied; not:
/// file) or the reply period passes → file. Civil: public notice → after the notice, file, unless a party with
/// standing sued (close).
/// </summary>
public sealed record PublicInterestLitigation(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, string Kind, string Respondent, string Content,
    bool Urgent, DateOnly PeriodEndsOn, DateTimeOffset OpenedAt)
{
    public const string Administrative = "administrative", Civil = "civil";
    public static readonly IReadOnlyList<string> Kinds = [Administrative, Civil];
    public static readonly IReadOnlyList<string> Adequacies = ["adequate", "partly-adequate", "inadequate"];
    public static readonly IReadOnlyList<string> ClosingReasons = ["remedied", "other-party-sued"];

    public AgencyReply? Reply { get; init; }
    public bool PeriodEnded { get; init; }
    public string? CourtCaseReference { get; init; }
    public DateOnly? FiledOn { get; init; }
    public string? ClosedBecause { get; init; }

    public string Status => CourtCaseReference is not null ? "filed"
        : ClosedBecause is not null ? "closed"
        : Kind == Civil ? (PeriodEnded ? "notice-ended" : "public-notice")
        : Reply is not null ? "replied"
        : PeriodEnded ? "reply-overdue"
        : "awaiting-reply";

    private bool IsOver => CourtCaseReference is not null || ClosedBecause is not null;

    /// <summary>The period's last day: administrative reply months (days if urgent), or civil notice days.</summary>
    public static DateOnly PeriodEnd(string kind, DateOnly openedOn, bool urgent, int replyMonths, int urgentReplyDays, int noticeDays) =>
        kind == Civil ? openedOn.AddDays(noticeDays) : urgent ? openedOn.AddDays(urgentReplyDays) : openedOn.AddMonths(replyMonths);

    public static PublicInterestLitigation? Evolve(PublicInterestLitigation? state, object @event) => (state, @event) switch
    {
        (_, PublicInterestLitigationOpened e) => new PublicInterestLitigation(e.LitigationId, e.CaseId, e.ChildId, e.RegionCode, e.Kind, e.Respondent,
            e.Content, e.Urgent, e.PeriodEndsOn, e.OpenedAt),
        (null, _) => null,
        (_, PublicInterestReplyRecorded e) => state with { Reply = new AgencyReply(e.ReceivedOn, e.Adequacy, e.Summary) },
        (_, PublicInterestPeriodEnded) => state with { PeriodEnded = true },
        (_, PublicInterestSuitFiled e) => state with { CourtCaseReference = e.CourtCaseReference, FiledOn = e.FiledOn },
        (_, PublicInterestLitigationClosed e) => state with { ClosedBecause = e.Reason },
        _ => state,
    };

    public Decision RecordReply(DateOnly receivedOn, string adequacy, string? summary, DateTimeOffset now)
    {
        if (Kind != Administrative) return Decision.Reject("not-administrative", "Only administrative public-interest litigation has an agency reply.");
        if (IsOver) return Decision.Reject("litigation-over", $"The litigation is {Status}.");
        if (Reply is not null) return Decision.Reject("already-replied", "The agency's reply has already been recorded.");
        return Decision.Accept(new PublicInterestReplyRecorded(Id, CaseId, ChildId, receivedOn, adequacy, summary, now));
    }

    public Decision MarkPeriodEnded(DateOnly today, DateTimeOffset now)
    {
        if (IsOver || PeriodEnded || Reply is not null || today <= PeriodEndsOn) return Decision.Reject("period-running", "The period has not ended.");
        return Decision.Accept(new PublicInterestPeriodEnded(Id, CaseId, ChildId, Kind, PeriodEndsOn, now));
    }

    public Decision File(string courtCaseReference, DateOnly filedOn, DateOnly today, DateTimeOffset now)
    {
        if (IsOver) return Decision.Reject("litigation-over", $"The litigation is already {Status}.");
        if (Kind == Civil && filedOn <= PeriodEndsOn)
            return Decision.Reject("notice-running", $"A civil public-interest suit is filed only after the public notice ends on {PeriodEndsOn:yyyy-MM-dd}.");
        if (Kind == Administrative && Reply is { Adequacy: "adequate" })
            return Decision.Reject("agency-remedied", "The agency's reply was found adequate: close the litigation as remedied.");
        if (Kind == Administrative && Reply is null && today <= PeriodEndsOn)
            return Decision.Reject("reply-period-running", $"The agency may reply until {PeriodEndsOn:yyyy-MM-dd}.");
        return Decision.Accept(new PublicInterestSuitFiled(Id, CaseId, ChildId, Kind, courtCaseReference, filedOn, now));
    }

    public Decision Close(string reason, DateTimeOffset now)
    {
        if (IsOver) return Decision.Reject("litigation-over", $"The litigation is already {Status}.");
        if (reason == "remedied" && Kind == Civil) return Decision.Reject("not-administrative", "Only an agency remedies; a civil suit closes when another party sued.");
        return Decision.Accept(new PublicInterestLitigationClosed(Id, CaseId, ChildId, reason, now));
    }
}
