using ChildProtection.Procuratorate.PublicInterest;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class PublicInterestTests
{
    private static readonly Guid Id = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 1, 10, 2, 0, 0, TimeSpan.Zero);

    private static Spec<PublicInterestLitigation> Opened(string kind, DateOnly ends) => new Spec<PublicInterestLitigation>(PublicInterestLitigation.Evolve)
        .Given(new PublicInterestLitigationOpened(Id, Case, null, "120116", kind, "某某局", "校园周边安全", false, ends, Now));

    [Fact]
    public void Periods_are_two_months_fifteen_days_urgent_or_a_thirty_day_notice()
    {
        var opened = new DateOnly(2025, 1, 10);
        Assert.Equal(new DateOnly(2025, 3, 10), PublicInterestLitigation.PeriodEnd("administrative", opened, false, 2, 15, 30));
        Assert.Equal(new DateOnly(2025, 1, 25), PublicInterestLitigation.PeriodEnd("administrative", opened, true, 2, 15, 30));
        Assert.Equal(new DateOnly(2025, 2, 9), PublicInterestLitigation.PeriodEnd("civil", opened, false, 2, 15, 30));
    }

    [Fact]
    public void A_civil_suit_is_filed_only_after_the_notice()
    {
        var ends = new DateOnly(2025, 2, 9);
        var spec = Opened("civil", ends);
        spec.ThenRejected(p => p.File("(2025)津0116民初1号", ends, ends, Now), "notice-running");
        spec.ThenRejected(p => p.RecordReply(ends, "adequate", null, Now), "not-administrative");
        spec.Then(p => p.MarkPeriodEnded(ends.AddDays(1), Now), new PublicInterestPeriodEnded(Id, Case, null, "civil", ends, Now));
        spec.ThenRejected(p => p.MarkPeriodEnded(ends.AddDays(2), Now), "period-running");
        spec.Then(p => p.File("(2025)津0116民初1号", ends.AddDays(3), ends.AddDays(3), Now),
            new PublicInterestSuitFiled(Id, Case, null, "civil", "(2025)津0116民初1号", ends.AddDays(3), Now));
        spec.ThenRejected(p => p.Close("other-party-sued", Now), "litigation-over");
    }

    [Fact]
    public void An_administrative_suit_waits_for_the_reply_and_not_after_an_adequate_one()
    {
        var ends = new DateOnly(2025, 3, 10);
        var spec = Opened("administrative", ends);
        spec.ThenRejected(p => p.File("(2025)津0116行初1号", ends, ends, Now), "reply-period-running");
        spec.Then(p => p.RecordReply(new DateOnly(2025, 3, 1), "adequate", null, Now),
            new PublicInterestReplyRecorded(Id, Case, null, new DateOnly(2025, 3, 1), "adequate", null, Now));
        spec.ThenRejected(p => p.RecordReply(new DateOnly(2025, 3, 2), "adequate", null, Now), "already-replied");
        spec.ThenRejected(p => p.MarkPeriodEnded(ends.AddDays(1), Now), "period-running");
        spec.ThenRejected(p => p.File("(2025)津0116行初1号", ends, ends.AddDays(1), Now), "agency-remedied");
        spec.Then(p => p.Close("remedied", Now), new PublicInterestLitigationClosed(Id, Case, null, "remedied", Now));
    }

    [Fact]
    public void An_unanswered_administrative_recommendation_can_be_sued_on_after_the_period()
    {
        var ends = new DateOnly(2025, 3, 10);
        var spec = Opened("administrative", ends);
        spec.Then(p => p.MarkPeriodEnded(ends.AddDays(1), Now), new PublicInterestPeriodEnded(Id, Case, null, "administrative", ends, Now));
        Assert.Equal("reply-overdue", spec.State.Status);
        spec.Then(p => p.File("(2025)津0116行初1号", ends.AddDays(1), ends.AddDays(1), Now),
            new PublicInterestSuitFiled(Id, Case, null, "administrative", "(2025)津0116行初1号", ends.AddDays(1), Now));
    }
}
