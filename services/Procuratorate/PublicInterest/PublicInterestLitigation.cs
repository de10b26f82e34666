using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Procuratorate.PublicInterest;

/// <summary>The agency's reply to an administrative pre-suit recommendation.</summary>
public sealed record AgencyReply(DateOnly ReceivedOn, string Adequacy, string? Summary);

/// <summary>
/// Public-interest litigation. Administrative: pre-suit recommendation → reply (adequate: close as remedied; not:
/// file) or the reply period passes → file. Civil: public notice → after the notice, file, unless a party with
/// standing sued (close). Pure: Evolve folds events; the commands in PublicInterestCommands.cs decide.
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

    /// <summary>Filed or closed: nothing more happens in it.</summary>
    public bool IsOver => CourtCaseReference is not null || ClosedBecause is not null;

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

    /// <summary>
    /// What the command step needs: the fold, the jurisdiction, the audit subject (the child, when the case names one). Called
    /// <c>Stream</c> here, not <c>Kind</c> as on the other records: <see cref="Kind"/> is administrative or civil.
    /// </summary>
    public static readonly StreamKind<PublicInterestLitigation> Stream = new("public-interest litigation", Evolve, p => p.RegionCode);
}
