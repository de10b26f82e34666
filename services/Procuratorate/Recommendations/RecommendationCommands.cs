using ChildProtection.Jurisdictions;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Procuratorate.Recommendations;

/// <summary>
/// Issue a 检察建议 to a unit in an open case: the reply is due <see cref="ProcuratoratePolicy.RecommendationReplyMonths"/>
/// months after today, or <see cref="ProcuratoratePolicy.RecommendationUrgentReplyDays"/> days when urgent. Decided on the case.
/// </summary>
public sealed record IssueProcuratorialRecommendation(Guid RecommendationId, string Unit, string Content, bool Urgent, ProcuratoratePolicy Policy,
    Moment At)
{
    public static Decision Decide(IssueProcuratorialRecommendation c, ProcuratorateCase s)
    {
        if (s.RefuseInstrument(needsChild: false) is { } refused) return refused;
        var due = Recommendation.DueDate(c.At.Today, c.Urgent, c.Policy.RecommendationReplyMonths, c.Policy.RecommendationUrgentReplyDays);
        return Decision.Accept(new RecommendationIssued(c.RecommendationId, s.Id, s.ChildId, s.RegionCode, c.Unit, c.Content, c.Urgent, due, c.At.Now));
    }
}

/// <summary>The unit's written reply and its adequacy, once, not before the issue date, not after an escalation; late after the due date.</summary>
public sealed record RecordUnitReply(DateOnly ReceivedOn, string Adequacy, string? Summary, Moment At)
{
    public static Decision Decide(RecordUnitReply c, Recommendation s)
    {
        if (s.Reply is not null) return Decision.Reject("already-replied", "The unit's reply has already been recorded.");
        if (s.EscalatedTo is not null) return Decision.Reject("already-escalated", "The recommendation has been escalated.");
        if (c.ReceivedOn < s.IssuedOn) return Decision.Reject("reply-before-issue", $"A reply cannot predate the recommendation ({s.IssuedOn:yyyy-MM-dd}).");
        return Decision.Accept(new RecommendationReplyRecorded(s.Id, s.CaseId, s.ChildId, c.ReceivedOn, c.Adequacy, c.Summary, c.ReceivedOn > s.ReplyDue,
            c.At.Now));
    }
}

/// <summary>The reply period passed without a reply (the deadline scanner): overdue the day after the due date, once.</summary>
public sealed record MarkRecommendationReplyOverdue(Moment At)
{
    public static Decision Decide(MarkRecommendationReplyOverdue c, Recommendation s)
    {
        if (s.Reply is not null || s.EscalatedTo is not null || s.OverdueAt is not null || c.At.Today <= s.ReplyDue)
            return Decision.Reject("not-overdue", "The reply is not overdue.");
        return Decision.Accept(new RecommendationReplyOverdue(s.Id, s.CaseId, s.ChildId, s.ReplyDue, c.At.Now));
    }
}

/// <summary>Not complied with (an inadequate or partly adequate reply, or none by the due date): escalate, once.</summary>
public sealed record EscalateProcuratorialRecommendation(string To, string Reason, Moment At)
{
    public static Decision Decide(EscalateProcuratorialRecommendation c, Recommendation s)
    {
        if (s.EscalatedTo is not null) return Decision.Reject("already-escalated", "The recommendation has already been escalated.");
        var notComplied = s.Reply is { Adequacy: not "adequate" } || (s.Reply is null && c.At.Today > s.ReplyDue);
        if (!notComplied)
            return Decision.Reject("no-non-compliance", "Escalate only when the reply is inadequate, or the reply period has passed without one.");
        return Decision.Accept(new RecommendationEscalated(s.Id, s.CaseId, s.ChildId, c.To, c.Reason, c.At.Now));
    }
}
