using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class RecommendationTests
{
    private static readonly Guid Id = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 1, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2025, 3, 10);

    private static Spec<Recommendation> Issued() => Spec.For<Recommendation>(Recommendation.Evolve)
        .Given(new RecommendationIssued(Id, Case, null, "120116", "某某中学", "落实强制报告", false, Due, Now));

    private static Moment On(DateOnly today) => new(Now, today);

    private static Func<Recommendation, Decision> Reply(DateOnly receivedOn, string adequacy, string? summary) =>
        r => RecordUnitReply.Decide(new RecordUnitReply(receivedOn, adequacy, summary, On(receivedOn)), r);

    private static Func<Recommendation, Decision> Overdue(DateOnly today) =>
        r => MarkRecommendationReplyOverdue.Decide(new MarkRecommendationReplyOverdue(On(today)), r);

    private static Func<Recommendation, Decision> Escalate(string to, string reason, DateOnly today) =>
        r => EscalateProcuratorialRecommendation.Decide(new EscalateProcuratorialRecommendation(to, reason, On(today)), r);

    [Fact]
    public void Reply_is_due_two_months_after_issue_or_in_the_urgent_days()
    {
        Assert.Equal(new DateOnly(2025, 3, 10), Recommendation.DueDate(new DateOnly(2025, 1, 10), false, 2, 15));
        Assert.Equal(new DateOnly(2025, 1, 25), Recommendation.DueDate(new DateOnly(2025, 1, 10), true, 2, 15));
        Assert.Equal(new DateOnly(2025, 2, 28), Recommendation.DueDate(new DateOnly(2024, 12, 31), false, 2, 15));
    }

    [Fact]
    public void A_reply_is_recorded_once()
    {
        var spec = Issued();
        spec = spec.Given([.. spec.When(Reply(new DateOnly(2025, 3, 1), "adequate", "已整改"))
            .Then(new RecommendationReplyRecorded(Id, Case, null, new DateOnly(2025, 3, 1), "adequate", "已整改", false, Now))]);
        spec.When(Reply(new DateOnly(2025, 3, 2), "adequate", null)).ThenRejected("already-replied");
        spec.When(Overdue(new DateOnly(2025, 4, 1))).ThenRejected("not-overdue");
        spec.When(Escalate("superior-body", "x", new DateOnly(2025, 4, 1))).ThenRejected("no-non-compliance");
    }

    [Fact]
    public void Overdue_the_day_after_the_due_date_and_only_once()
    {
        var spec = Issued();
        spec.When(Overdue(Due)).ThenRejected("not-overdue");
        spec = spec.Given([.. spec.When(Overdue(Due.AddDays(1))).Then(new RecommendationReplyOverdue(Id, Case, null, Due, Now))]);
        spec.When(Overdue(Due.AddDays(2))).ThenRejected("not-overdue");
        Assert.Equal("reply-overdue", spec.State.Status);
        spec = spec.Given([.. spec.When(Reply(Due.AddDays(3), "inadequate", null))
            .Then(new RecommendationReplyRecorded(Id, Case, null, Due.AddDays(3), "inadequate", null, true, Now))]);
        spec = spec.Given([.. spec.When(Escalate("peoples-congress", "未整改", Due.AddDays(4)))
            .Then(new RecommendationEscalated(Id, Case, null, "peoples-congress", "未整改", Now))]);
        spec.When(Escalate("superior-body", "again", Due.AddDays(5))).ThenRejected("already-escalated");
    }

    [Fact]
    public void No_escalation_while_the_reply_period_runs() =>
        Issued().When(Escalate("superior-body", "x", Due)).ThenRejected("no-non-compliance");
}
