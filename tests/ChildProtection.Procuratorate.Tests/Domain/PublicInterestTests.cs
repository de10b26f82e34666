using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Procuratorate.Tests.Domain;

public class PublicInterestTests
{
    private static readonly Guid Id = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2025, 1, 10, 2, 0, 0, TimeSpan.Zero);

    private static Spec<PublicInterestLitigation> Opened(string kind, DateOnly ends) => Spec.For<PublicInterestLitigation>(PublicInterestLitigation.Evolve)
        .Given(new PublicInterestLitigationOpened(Id, Case, null, "120116", kind, "某某局", "校园周边安全", false, ends, Now));

    private static Moment On(DateOnly today) => new(Now, today);

    private static Func<PublicInterestLitigation, Decision> File(string reference, DateOnly filedOn, DateOnly today) =>
        p => FilePublicInterestLitigation.Decide(new FilePublicInterestLitigation(reference, filedOn, On(today)), p);

    private static Func<PublicInterestLitigation, Decision> Reply(DateOnly receivedOn, string adequacy) =>
        p => RecordPublicInterestReply.Decide(new RecordPublicInterestReply(receivedOn, adequacy, null, On(receivedOn)), p);

    private static Func<PublicInterestLitigation, Decision> PeriodEnds(DateOnly today) =>
        p => EndPublicInterestPeriod.Decide(new EndPublicInterestPeriod(On(today)), p);

    private static Func<PublicInterestLitigation, Decision> Close(string reason) =>
        p => EndPublicInterestLitigation.Decide(new EndPublicInterestLitigation(reason, On(new DateOnly(2025, 1, 10))), p);

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
        spec.When(File("(2025)津0116民初1号", ends, ends)).ThenRejected("notice-running");
        spec.When(Reply(ends, "adequate")).ThenRejected("not-administrative");
        spec = spec.Given([.. spec.When(PeriodEnds(ends.AddDays(1))).Then(new PublicInterestPeriodEnded(Id, Case, null, "civil", ends, Now))]);
        spec.When(PeriodEnds(ends.AddDays(2))).ThenRejected("period-running");
        spec = spec.Given([.. spec.When(File("(2025)津0116民初1号", ends.AddDays(3), ends.AddDays(3)))
            .Then(new PublicInterestSuitFiled(Id, Case, null, "civil", "(2025)津0116民初1号", ends.AddDays(3), Now))]);
        spec.When(Close("other-party-sued")).ThenRejected("litigation-over");
    }

    [Fact]
    public void An_administrative_suit_waits_for_the_reply_and_not_after_an_adequate_one()
    {
        var ends = new DateOnly(2025, 3, 10);
        var spec = Opened("administrative", ends);
        spec.When(File("(2025)津0116行初1号", ends, ends)).ThenRejected("reply-period-running");
        spec = spec.Given([.. spec.When(Reply(new DateOnly(2025, 3, 1), "adequate"))
            .Then(new PublicInterestReplyRecorded(Id, Case, null, new DateOnly(2025, 3, 1), "adequate", null, Now))]);
        spec.When(Reply(new DateOnly(2025, 3, 2), "adequate")).ThenRejected("already-replied");
        spec.When(PeriodEnds(ends.AddDays(1))).ThenRejected("period-running");
        spec.When(File("(2025)津0116行初1号", ends, ends.AddDays(1))).ThenRejected("agency-remedied");
        spec.When(Close("remedied")).Then(new PublicInterestLitigationClosed(Id, Case, null, "remedied", Now));
    }

    [Fact]
    public void An_unanswered_administrative_recommendation_can_be_sued_on_after_the_period()
    {
        var ends = new DateOnly(2025, 3, 10);
        var spec = Opened("administrative", ends);
        spec = spec.Given([.. spec.When(PeriodEnds(ends.AddDays(1))).Then(new PublicInterestPeriodEnded(Id, Case, null, "administrative", ends, Now))]);
        Assert.Equal("reply-overdue", spec.State.Status);
        spec.When(File("(2025)津0116行初1号", ends.AddDays(1), ends.AddDays(1)))
            .Then(new PublicInterestSuitFiled(Id, Case, null, "administrative", "(2025)津0116行初1号", ends.AddDays(1), Now));
    }
}
