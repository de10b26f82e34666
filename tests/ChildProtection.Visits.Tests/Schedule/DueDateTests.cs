using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Schedule;
using static ChildProtection.Visits.Tests.Plans;

namespace ChildProtection.Visits.Tests.Schedule;

/// <summary>The pure due-date decision for each local pack and the national defaults.</summary>
public class DueDateTests
{
    private static Duty Of(IReadOnlyList<Duty> duties, string code) => Assert.Single(duties, d => d.Code == code);

    [Theory]
    [InlineData(National)]
    [InlineData(Tianjin)]
    [InlineData(Binhai)]
    [InlineData(Shanxi)]
    [InlineData(Jincheng)]
    [InlineData(Baotou)]
    public void A_child_in_scope_is_first_contacted_within_a_month_and_visited_at_home_within_three_months(string region)
    {
        var duties = VisitSchedule.For(Open(region, D(2025, 3, 10)), PolicyOf(region), D(2025, 3, 10));

        Assert.Equal(D(2025, 4, 10), Of(duties, DutyCodes.Contact).DueOn);
        var home = Of(duties, DutyCodes.HomeVisit);
        Assert.Equal(D(2025, 6, 10), home.DueOn);
        Assert.False(home.RiskCadence);
        Assert.DoesNotContain(duties, d => d.Overdue);
    }

    [Fact]
    public void Liaoning_Benxi_has_no_separate_contact_duty_and_a_home_visit_every_month()
    {
        var plan = Open(Benxi, D(2025, 3, 10));
        var duties = VisitSchedule.For(plan, PolicyOf(Benxi), D(2025, 3, 10));

        Assert.DoesNotContain(duties, d => d.Code == DutyCodes.Contact);
        Assert.Equal(D(2025, 4, 10), Of(duties, DutyCodes.HomeVisit).DueOn);

        var visited = VisitSchedule.For(plan.Visited(D(2025, 4, 2)), PolicyOf(Benxi), D(2025, 4, 20));
        Assert.Equal(D(2025, 5, 2), Of(visited, DutyCodes.HomeVisit).DueOn);
    }

    [Theory]
    [InlineData(National)]
    [InlineData(Tianjin)]
    [InlineData(Binhai)]
    [InlineData(Jincheng)]
    [InlineData(Benxi)]
    [InlineData(Baotou)]
    public void A_risk_factor_makes_the_home_visit_monthly(string region)
    {
        foreach (var risk in new[] { RiskFactors.ChildDisability, RiskFactors.ParentSevereDisability, RiskFactors.PsychologicalOrBehaviouralAbnormality })
        {
            var home = Of(VisitSchedule.For(Open(region, D(2025, 3, 10), risks: [risk]), PolicyOf(region), D(2025, 3, 10)), DutyCodes.HomeVisit);
            Assert.Equal(D(2025, 4, 10), home.DueOn);
            Assert.True(home.RiskCadence);
        }
    }

    [Fact]
    public void A_risk_code_outside_the_pack_keeps_the_routine_cadence()
    {
        var home = Of(VisitSchedule.For(Open(Tianjin, D(2025, 3, 10), risks: ["gambling-parent"]), PolicyOf(Tianjin), D(2025, 3, 10)), DutyCodes.HomeVisit);
        Assert.Equal(D(2025, 6, 10), home.DueOn);
    }

    [Fact]
    public void A_single_parent_family_is_a_risk_in_Shanxi_but_not_in_Tianjin()
    {
        var shanxi = Of(VisitSchedule.For(Open(Jincheng, D(2025, 3, 10), ["single-parent-family"]), PolicyOf(Jincheng), D(2025, 3, 10)), DutyCodes.HomeVisit);
        var tianjin = Of(VisitSchedule.For(Open(Tianjin, D(2025, 3, 10), ["single-parent-family"]), PolicyOf(Tianjin), D(2025, 3, 10)), DutyCodes.HomeVisit);

        Assert.Equal(D(2025, 4, 10), shanxi.DueOn);
        Assert.Equal(D(2025, 6, 10), tianjin.DueOn);
    }

    [Fact]
    public void Due_dates_run_from_the_last_visit_and_a_home_visit_is_also_a_contact()
    {
        var plan = Open(Tianjin, D(2025, 1, 5)).Visited(D(2025, 2, 1), "contact").Visited(D(2025, 3, 3));
        var duties = VisitSchedule.For(plan, PolicyOf(Tianjin), D(2025, 3, 20));

        Assert.Equal(D(2025, 4, 3), Of(duties, DutyCodes.Contact).DueOn);
        Assert.Equal(D(2025, 6, 3), Of(duties, DutyCodes.HomeVisit).DueOn);
    }

    [Fact]
    public void A_missed_due_date_is_overdue_the_day_after()
    {
        var plan = Open(National, D(2025, 3, 10));
        Assert.False(Of(VisitSchedule.For(plan, PolicyOf(National), D(2025, 4, 10)), DutyCodes.Contact).Overdue);
        var late = Of(VisitSchedule.For(plan, PolicyOf(National), D(2025, 4, 13)), DutyCodes.Contact);
        Assert.True(late.Overdue);
        Assert.Equal(3, late.DaysOverdue);
    }

    [Fact]
    public void Baotou_owes_left_behind_children_a_visit_in_each_winter_and_summer_vacation()
    {
        var plan = Open(Baotou, D(2025, 1, 5), ["rural-left-behind"]);
        var duties = VisitSchedule.For(plan, PolicyOf(Baotou), D(2025, 1, 5));

        var winter = Of(duties, "vacation-winter");
        Assert.Equal(D(2025, 1, 15), winter.WindowFrom);
        Assert.Equal(D(2025, 2, 25), winter.DueOn);
        var summer = Of(duties, "vacation-summer");
        Assert.Equal(D(2025, 7, 10), summer.WindowFrom);
        Assert.Equal(D(2025, 8, 31), summer.DueOn);
    }

    [Fact]
    public void A_missed_winter_visit_is_overdue_and_a_home_visit_inside_the_window_meets_it()
    {
        var plan = Open(Baotou, D(2025, 1, 5), ["rural-left-behind"]);

        var missed = Assert.Single(VisitSchedule.For(plan, PolicyOf(Baotou), D(2025, 3, 1)), d => d.Code == "vacation-winter" && d.Overdue);
        Assert.Equal(D(2025, 2, 25), missed.DueOn);
        Assert.Equal(4, missed.DaysOverdue);

        var met = VisitSchedule.For(plan.Visited(D(2025, 2, 1)), PolicyOf(Baotou), D(2025, 3, 1));
        var winter = Of(met, "vacation-winter");
        Assert.False(winter.Overdue);
        Assert.Equal(D(2026, 2, 25), winter.DueOn);

        // A contact by phone in the window is not the concentrated home visit.
        Assert.Contains(VisitSchedule.For(plan.Visited(D(2025, 2, 1), "contact"), PolicyOf(Baotou), D(2025, 3, 1)),
            d => d.Code == "vacation-winter" && d.Overdue);
    }

    [Theory]
    [InlineData(Baotou, new[] { "in-difficulty-poverty" })]
    [InlineData(Tianjin, new[] { "rural-left-behind" })]
    public void Vacation_visits_are_only_for_left_behind_children_where_the_pack_has_them(string region, string[] categories)
    {
        Assert.DoesNotContain(VisitSchedule.For(Open(region, D(2025, 1, 5), categories), PolicyOf(region), D(2025, 1, 5)),
            d => d.Code.StartsWith(DutyCodes.VacationPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_closed_plan_owes_nothing()
    {
        var closed = Open(Tianjin, D(2025, 1, 5)) with { Open = false, ClosedOn = D(2025, 2, 1) };
        Assert.Empty(VisitSchedule.For(closed, PolicyOf(Tianjin), D(2025, 9, 1)));
    }
}
