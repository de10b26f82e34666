using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Overdue;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;
using static ChildProtection.Visits.Tests.Plans;

namespace ChildProtection.Visits.Tests.Schedule;

/// <summary>
/// The risk cadence starts when the risk becomes known to the plan: a child flagged at risk long after the last home visit
/// is not overdue for a monthly visit nobody owed at the time; clearing the risk returns to the routine cadence.
/// </summary>
public class RiskCadenceSwitchTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly string[] Poverty = ["in-difficulty-poverty"];

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static Plan Opened(string region, DateOnly on, string[] categories, string[] risks) =>
        Plan.Evolve(null, new PlanOpened(Child, region, null, categories, risks, on, "test", At(on)))!;

    private static Plan HomeVisited(Plan plan, DateOnly on) =>
        Plan.Evolve(plan, new VisitRecorded(Guid.NewGuid(), Child, plan.RegionCode, null, VisitKinds.HomeVisit, "in-person", At(on), "home",
            ["child"], [], null, "director", At(on)))!;

    private static Plan Replanned(Plan plan, DateOnly on, string[] categories, string[] risks) =>
        Plan.Evolve(plan, new PlanReplanned(Child, plan.RegionCode, null, categories, risks, "test", At(on)))!;

    private static Duty Home(Plan plan, DateOnly asOf) =>
        Assert.Single(VisitSchedule.For(plan, PolicyOf(plan.RegionCode), asOf), d => d.Code == DutyCodes.HomeVisit);

    [Fact]
    public void A_risk_flagged_months_after_the_last_home_visit_is_due_a_month_after_it_became_known_not_retroactively()
    {
        var plan = HomeVisited(Opened(Tianjin, D(2025, 1, 5), Poverty, []), D(2025, 1, 10));
        var flagged = Replanned(plan, D(2025, 3, 20), Poverty, [RiskFactors.ChildDisability]);

        var home = Home(flagged, D(2025, 3, 20));
        Assert.True(home.RiskCadence);
        Assert.False(home.Overdue);
        // Never later than the routine quarterly date (Apr 10), never before a month after the risk became known (Apr 20).
        Assert.Equal(D(2025, 4, 10), home.DueOn);
        Assert.DoesNotContain(Assert.IsType<Decision.Accepted>(RaiseOverdueNotices.Decide(
            new RaiseOverdueNotices(PolicyOf(Tianjin), new Moment(At(D(2025, 3, 21)), D(2025, 3, 21))), flagged)).Events.Cast<VisitWentOverdue>(),
            o => o.Duty == DutyCodes.HomeVisit);
    }

    [Fact]
    public void A_risk_flagged_soon_after_a_home_visit_makes_the_next_one_due_a_month_after_it_became_known()
    {
        var plan = HomeVisited(Opened(Tianjin, D(2025, 1, 5), Poverty, []), D(2025, 1, 10));
        var flagged = Replanned(plan, D(2025, 1, 20), Poverty, [RiskFactors.PsychologicalOrBehaviouralAbnormality]);

        Assert.Equal(D(2025, 2, 20), Home(flagged, D(2025, 1, 20)).DueOn);
        // The next visit under the risk cadence runs from that visit.
        Assert.Equal(D(2025, 3, 18), Home(HomeVisited(flagged, D(2025, 2, 18)), D(2025, 2, 18)).DueOn);
    }

    [Fact]
    public void A_single_parent_family_entering_later_in_Shanxi_is_not_overdue_retroactively()
    {
        var plan = HomeVisited(Opened(Jincheng, D(2025, 1, 5), Poverty, []), D(2025, 1, 10));
        var singleParent = Replanned(plan, D(2025, 3, 1), [.. Poverty, "single-parent-family"], []);

        var home = Home(singleParent, D(2025, 3, 1));
        Assert.True(home.RiskCadence);
        Assert.False(home.Overdue);
        Assert.Equal(D(2025, 4, 1), home.DueOn);
    }

    [Fact]
    public void Clearing_the_risk_returns_to_the_routine_cadence_from_the_last_home_visit()
    {
        var plan = HomeVisited(Opened(Tianjin, D(2025, 1, 5), Poverty, [RiskFactors.ChildDisability]), D(2025, 1, 10));
        Assert.Equal(D(2025, 2, 10), Home(plan, D(2025, 1, 10)).DueOn);

        var cleared = Replanned(plan, D(2025, 2, 1), Poverty, []);
        var home = Home(cleared, D(2025, 2, 1));
        Assert.False(home.RiskCadence);
        Assert.Equal(D(2025, 4, 10), home.DueOn);

        // Flagged again later: the cadence starts again from the new date, not from the first flag.
        var again = Replanned(cleared, D(2025, 3, 25), Poverty, [RiskFactors.ChildDisability]);
        Assert.Equal(D(2025, 4, 10), Home(again, D(2025, 3, 25)).DueOn);
        Assert.False(Home(again, D(2025, 3, 25)).Overdue);
    }

    [Fact]
    public void A_child_becoming_left_behind_in_Baotou_after_the_winter_vacation_owes_no_visit_for_that_vacation()
    {
        var plan = Opened(Baotou, D(2024, 10, 8), Poverty, []);
        var leftBehind = Replanned(plan, D(2025, 3, 1), [.. Poverty, "rural-left-behind"], []);

        var vacations = VisitSchedule.For(leftBehind, PolicyOf(Baotou), D(2025, 3, 1)).Where(d => d.Code.StartsWith(DutyCodes.VacationPrefix, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(vacations, d => d.Overdue);
        Assert.Equal(D(2025, 8, 31), Assert.Single(vacations, d => d.Code == "vacation-summer").DueOn);
        Assert.Equal(D(2026, 2, 25), Assert.Single(vacations, d => d.Code == "vacation-winter").DueOn);
    }
}
