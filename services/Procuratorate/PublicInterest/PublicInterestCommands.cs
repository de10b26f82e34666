using ChildProtection.Jurisdictions;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Procuratorate.PublicInterest;

/// <summary>
/// Begin public-interest litigation in an open case: administrative (pre-suit recommendation, reply within
/// <see cref="ProcuratoratePolicy.AdministrativePreSuitReplyMonths"/> months or the urgent days) or civil (a public notice of
/// <see cref="ProcuratoratePolicy.CivilNoticeDays"/> days). Decided on the case.
/// </summary>
public sealed record BeginPublicInterestLitigation(Guid LitigationId, string Kind, string Respondent, string Content, bool Urgent,
    ProcuratoratePolicy Policy, Moment At)
{
    public static Decision Decide(BeginPublicInterestLitigation c, ProcuratorateCase s)
    {
        if (s.RefuseInstrument(needsChild: false) is { } refused) return refused;
        var ends = PublicInterestLitigation.PeriodEnd(c.Kind, c.At.Today, c.Urgent, c.Policy.AdministrativePreSuitReplyMonths,
            c.Policy.AdministrativePreSuitUrgentReplyDays, c.Policy.CivilNoticeDays);
        return Decision.Accept(new PublicInterestLitigationOpened(c.LitigationId, s.Id, s.ChildId, s.RegionCode, c.Kind, c.Respondent, c.Content, c.Urgent,
            ends, c.At.Now));
    }
}

/// <summary>The agency's reply to the pre-suit recommendation: administrative only, once, while the litigation runs.</summary>
public sealed record RecordPublicInterestReply(DateOnly ReceivedOn, string Adequacy, string? Summary, Moment At)
{
    public static Decision Decide(RecordPublicInterestReply c, PublicInterestLitigation s)
    {
        if (s.Kind != PublicInterestLitigation.Administrative)
            return Decision.Reject("not-administrative", "Only administrative public-interest litigation has an agency reply.");
        if (s.IsOver) return Decision.Reject("litigation-over", $"The litigation is {s.Status}.");
        if (s.Reply is not null) return Decision.Reject("already-replied", "The agency's reply has already been recorded.");
        return Decision.Accept(new PublicInterestReplyRecorded(s.Id, s.CaseId, s.ChildId, c.ReceivedOn, c.Adequacy, c.Summary, c.At.Now));
    }
}

/// <summary>The reply period passed unanswered, or the public notice ran out (the deadline scanner): the day after its end, once.</summary>
public sealed record EndPublicInterestPeriod(Moment At)
{
    public static Decision Decide(EndPublicInterestPeriod c, PublicInterestLitigation s)
    {
        if (s.IsOver || s.PeriodEnded || s.Reply is not null || c.At.Today <= s.PeriodEndsOn) return Decision.Reject("period-running", "The period has not ended.");
        return Decision.Accept(new PublicInterestPeriodEnded(s.Id, s.CaseId, s.ChildId, s.Kind, s.PeriodEndsOn, c.At.Now));
    }
}

/// <summary>
/// File the suit: civil only after the notice; administrative not after an adequate reply, and not before the reply or the
/// end of the reply period.
/// </summary>
public sealed record FilePublicInterestLitigation(string CourtCaseReference, DateOnly FiledOn, Moment At)
{
    public static Decision Decide(FilePublicInterestLitigation c, PublicInterestLitigation s)
    {
        if (s.IsOver) return Decision.Reject("litigation-over", $"The litigation is already {s.Status}.");
        if (s.Kind == PublicInterestLitigation.Civil && c.FiledOn <= s.PeriodEndsOn)
            return Decision.Reject("notice-running", $"A civil public-interest suit is filed only after the public notice ends on {s.PeriodEndsOn:yyyy-MM-dd}.");
        if (s.Kind == PublicInterestLitigation.Administrative && s.Reply is { Adequacy: "adequate" })
            return Decision.Reject("agency-remedied", "The agency's reply was found adequate: close the litigation as remedied.");
        if (s.Kind == PublicInterestLitigation.Administrative && s.Reply is null && c.At.Today <= s.PeriodEndsOn)
            return Decision.Reject("reply-period-running", $"The agency may reply until {s.PeriodEndsOn:yyyy-MM-dd}.");
        return Decision.Accept(new PublicInterestSuitFiled(s.Id, s.CaseId, s.ChildId, s.Kind, c.CourtCaseReference, c.FiledOn, c.At.Now));
    }
}

/// <summary>End without a suit: the agency remedied it (administrative only), or a party with standing sued.</summary>
public sealed record EndPublicInterestLitigation(string Reason, Moment At)
{
    public static Decision Decide(EndPublicInterestLitigation c, PublicInterestLitigation s)
    {
        if (s.IsOver) return Decision.Reject("litigation-over", $"The litigation is already {s.Status}.");
        if (c.Reason == "remedied" && s.Kind == PublicInterestLitigation.Civil)
            return Decision.Reject("not-administrative", "Only an agency remedies; a civil suit closes when another party sued.");
        return Decision.Accept(new PublicInterestLitigationClosed(s.Id, s.CaseId, s.ChildId, c.Reason, c.At.Now));
    }
}
