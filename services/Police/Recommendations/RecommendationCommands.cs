using ChildProtection.Police.Cases;
using ChildProtection.Police.Http;
using ChildProtection.Police.Policies;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Recommendations;

/// <summary>
/// Issue a recommendation to a unit in an open case; the reply is due <see cref="PolicyPeriod.Months"/> of
/// <paramref name="ReplyPeriod"/> later (the policy pack of the case's region), at the end of that China day.
/// </summary>
public sealed record IssueRecommendation(Guid RecommendationId, string Unit, IReadOnlyList<string> Failings, string Text, PolicyPeriod ReplyPeriod,
    string By, Moment At)
{
    public static Decision Decide(IssueRecommendation c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new RecommendationIssued(c.RecommendationId, s.Id, s.ChildId, s.RegionCode, c.Unit, c.Failings, c.Text, c.At.Now,
            DueAt(c.At.Now, c.ReplyPeriod.Months), c.ReplyPeriod.Source, c.By));

    /// <summary>Issued on 15 March (China time), one month → due by the end of 15 April (China time).</summary>
    public static DateTimeOffset DueAt(DateTimeOffset issuedAt, int months) => ChinaDate.EndOf(ChinaDate.On(issuedAt).AddMonths(months));
}

/// <summary>Record the unit's reply; once. A reply after the due time is recorded as late.</summary>
public sealed record RecordReply(string Reply, DateOnly RepliedOn, string By, Moment At)
{
    public static Decision Decide(RecordReply c, Recommendation s) =>
        s.Status == Recommendation.Replied ? Decision.Reject("already-replied", "The unit's reply is already recorded.")
        : c.RepliedOn < ChinaDate.On(s.IssuedAt) ? Decision.Reject("reply-before-issue", "A reply cannot predate the recommendation.")
        : Decision.Accept(new RecommendationReplyRecorded(s.Id, s.CaseId, s.ChildId, s.RegionCode, c.Reply, c.RepliedOn,
            ChinaDate.EndOf(c.RepliedOn) > s.ReplyDueAt, c.At.Now, c.By));
}

/// <summary>The deadline scanner's command: flag the reply overdue once, only while still awaited and past due.</summary>
public sealed record FlagReplyOverdue(Moment At)
{
    public static Decision Decide(FlagReplyOverdue c, Recommendation s) =>
        s.Status != Recommendation.AwaitingReply || s.Overdue || c.At.Now < s.ReplyDueAt
            ? Decision.Reject("not-overdue", "The reply is not overdue.")
            : Decision.Accept(new RecommendationReplyOverdue(s.Id, s.CaseId, s.ChildId, s.RegionCode, s.Unit, s.ReplyDueAt, c.At.Now));
}
