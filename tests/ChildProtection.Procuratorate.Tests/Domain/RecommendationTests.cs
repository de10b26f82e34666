using ChildProtection.Procuratorate.Recommendations;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class RecommendationTests
{
    private static readonly Guid Id = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 1, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Due = new(2025, 3, 10);

    private static Spec<Recommendation> Issued() =>
        new Spec<Recommendation>(Recommendation.Evolve).Given(new RecommendationIssued(Id, Case, null, "120116", "某某中学", "落实强制报告", false, Due, Now));

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
        spec.Then(r => r.RecordReply(new DateOnly(2025, 3, 1), "adequate", "已整改", Now),
            new RecommendationReplyRecorded(Id, Case, null, new DateOnly(2025, 3, 1), "adequate", "已整改", false, Now));
        spec.ThenRejected(r => r.RecordReply(new DateOnly(2025, 3, 2), "adequate", null, Now), "already-replied");
        spec.ThenRejected(r => r.MarkOverdue(new DateOnly(2025, 4, 1), Now), "not-overdue");
        spec.ThenRejected(r => r.Escalate("superior-body", "x", new DateOnly(2025, 4, 1), Now), "no-non-compliance");
    }

    [Fact]
    public void Overdue_the_day_after_the_due_date_and_only_once()
    {
        var spec = Issued();
        spec.ThenRejected(r => r.MarkOverdue(Due, Now), "not-overdue");
        spec.Then(r => r.MarkOverdue(Due.AddDays(1), Now), new RecommendationReplyOverdue(Id, Case, null, Due, Now));
        spec.ThenRejected(r => r.MarkOverdue(Due.AddDays(2), Now), "not-overdue");
        Assert.Equal("reply-overdue", spec.State.Status);
        spec.Then(r => r.RecordReply(Due.AddDays(3), "inadequate", null, Now), new RecommendationReplyRecorded(Id, Case, null, Due.AddDays(3), "inadequate", null, true, Now));
        spec.Then(r => r.Escalate("peoples-congress", "未整改", Due.AddDays(4), Now), new RecommendationEscalated(Id, Case, null, "peoples-congress", "未整改", Now));
        spec.ThenRejected(r => r.Escalate("superior-body", "again", Due.AddDays(5), Now), "already-escalated");
    }

    [Fact]
    public void No_escalation_while_the_reply_period_runs() =>
        Issued().ThenRejected(r => r.Escalate("superior-body", "x", Due, Now), "no-non-compliance");
}
