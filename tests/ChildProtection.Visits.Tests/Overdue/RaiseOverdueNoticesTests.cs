using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Overdue;
using ChildProtection.Visits.Plans;
using static ChildProtection.Visits.Tests.Plans;

namespace ChildProtection.Visits.Tests.Overdue;

/// <summary>Overdue notices: once per missed due date, once more on escalation.</summary>
public class RaiseOverdueNoticesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static (Plan Plan, IReadOnlyList<VisitWentOverdue> Raised) Scan(Plan plan, DateOnly today)
    {
        var events = Assert.IsType<Decision.Accepted>(RaiseOverdueNotices.Decide(new RaiseOverdueNotices(PolicyOf(plan.RegionCode), new Moment(Now, today)), plan)).Events;
        return (events.Aggregate((Plan?)plan, Plan.Evolve)!, events.Cast<VisitWentOverdue>().ToList());
    }

    [Fact]
    public void Nothing_is_raised_before_the_due_date_has_passed()
    {
        Assert.Empty(Scan(Open(National, D(2025, 3, 10)), D(2025, 4, 10)).Raised);
    }

    [Fact]
    public void A_missed_date_is_raised_once_then_escalated_once_after_the_pack_delay()
    {
        var plan = Open(National, D(2025, 3, 10));

        var (afterFirst, first) = Scan(plan, D(2025, 4, 11));
        var contact = Assert.Single(first);
        Assert.Equal(("contact", D(2025, 4, 10), RaiseOverdueNotices.Overdue, 1), (contact.Duty, contact.DueOn, contact.Level, contact.DaysOverdue));

        var (afterSecond, second) = Scan(afterFirst, D(2025, 4, 20));
        Assert.Empty(second);

        var (afterEscalation, escalation) = Scan(afterSecond, D(2025, 5, 10));
        var escalated = Assert.Single(escalation);
        Assert.Equal(("contact", D(2025, 4, 10), RaiseOverdueNotices.Escalated), (escalated.Duty, escalated.DueOn, escalated.Level));

        Assert.Empty(Scan(afterEscalation, D(2025, 5, 20)).Raised);
    }

    [Fact]
    public void A_visit_moves_the_due_date_and_a_new_miss_is_raised_again()
    {
        var (raised, _) = Scan(Open(Benxi, D(2025, 3, 10)), D(2025, 4, 11));
        var visited = raised.Visited(D(2025, 4, 12));

        Assert.Empty(Scan(visited, D(2025, 5, 12)).Raised);
        var next = Assert.Single(Scan(visited, D(2025, 5, 13)).Raised);
        Assert.Equal(("home-visit", D(2025, 5, 12)), (next.Duty, next.DueOn));
    }

    [Fact]
    public void A_scanner_that_was_down_raises_both_levels_at_once()
    {
        var raised = Scan(Open(National, D(2025, 3, 10)), D(2025, 5, 15)).Raised;
        Assert.Equal([RaiseOverdueNotices.Overdue, RaiseOverdueNotices.Escalated], raised.Where(r => r.Duty == "contact").Select(r => r.Level));
    }
}
