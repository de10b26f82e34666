using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;
using ChildProtection.Visits.Overdue;
using ChildProtection.Visits.Planning;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Recording;
using static ChildProtection.Visits.Tests.Plans;

namespace ChildProtection.Visits.Tests.Domain;

/// <summary>The plan's decisions as pure functions: given its events, when a command, then events or a rejection.</summary>
public sealed class PlanDecisionTests
{
    private static readonly Guid Child = Guid.NewGuid(), Director = Guid.NewGuid();
    private static readonly DateTimeOffset OpenedAt = new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly string[] LeftBehind = ["rural-left-behind"];

    private static PlanOpened Opened(string region) => new(Child, region, Director, LeftBehind, [], D(2025, 3, 10), "category-entered:rural-left-behind", OpenedAt);

    private static Moment On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), day);

    private static ChildFacts Facts(string region, params string[] categories) =>
        ChildFacts.Unknown(Child) with { RegionCode = region, DirectorId = Director, Categories = categories };

    [Fact]
    public void A_fact_the_plan_does_not_depend_on_changes_nothing() =>
        Assert.Empty(Spec.For<Plan>(Plan.Evolve).Given(Opened(Benxi))
            .When(s => ReconcilePlan.Decide(new ReconcilePlan(Facts(Benxi, LeftBehind) with { Guardianship = "parents" }, "guardianship-changed", On(D(2025, 4, 1))), s))
            .ThenAccepted());

    [Fact]
    public void A_move_to_another_village_replans() =>
        Spec.For<Plan>(Plan.Evolve).Given(Opened(Benxi))
            .When(s => ReconcilePlan.Decide(new ReconcilePlan(Facts("210502100202", LeftBehind), "details-corrected", On(D(2025, 4, 1))), s))
            .Then(new PlanReplanned(Child, "210502100202", Director, LeftBehind, [], "details-corrected", On(D(2025, 4, 1)).Now));

    [Fact]
    public void Leaving_every_category_closes_the_plan() =>
        Spec.For<Plan>(Plan.Evolve).Given(Opened(Benxi))
            .When(s => ReconcilePlan.Decide(new ReconcilePlan(Facts(Benxi), "category-left:rural-left-behind", On(D(2025, 4, 1))), s))
            .Then(new PlanClosed(Child, D(2025, 4, 1), "category-left:rural-left-behind", On(D(2025, 4, 1)).Now));

    [Fact]
    public void A_missed_monthly_home_visit_is_raised_once() =>
        Spec.For<Plan>(Plan.Evolve)
            .Given(Opened(Benxi), new VisitWentOverdue(Child, Benxi, Director, "home-visit", D(2025, 4, 10), RaiseOverdueNotices.Overdue, 1, On(D(2025, 4, 11)).Now))
            .When(s => RaiseOverdueNotices.Decide(new RaiseOverdueNotices(PolicyOf(Benxi), On(D(2025, 4, 20))), s))
            .Then();

    [Fact]
    public void A_missed_monthly_home_visit_is_raised_the_day_after_it_was_due() =>
        Spec.For<Plan>(Plan.Evolve).Given(Opened(Benxi))
            .When(s => RaiseOverdueNotices.Decide(new RaiseOverdueNotices(PolicyOf(Benxi), On(D(2025, 4, 11))), s))
            .Then(new VisitWentOverdue(Child, Benxi, Director, "home-visit", D(2025, 4, 10), RaiseOverdueNotices.Overdue, 1, On(D(2025, 4, 11)).Now));

    [Fact]
    public void A_visit_to_a_closed_plan_is_rejected() =>
        Spec.For<Plan>(Plan.Evolve).Given(Opened(Tianjin), new PlanClosed(Child, D(2025, 4, 1), "category-left:rural-left-behind", OpenedAt.AddDays(22)))
            .When(s => RecordVisit.Decide(new RecordVisit(Guid.NewGuid(), new VisitCommand("contact", "phone", OpenedAt.AddDays(23), "by phone", ["child"], [], null),
                "director-1", PolicyOf(Tianjin), On(D(2025, 4, 2))), s))
            .ThenRejected("child-not-in-scope");

    [Fact]
    public void Harm_found_on_a_home_visit_records_the_visit_and_requests_a_mandatory_report()
    {
        var visitId = Guid.NewGuid();
        var at = On(D(2025, 4, 2));
        var occurredAt = at.Now.AddHours(-2);
        var visit = new VisitCommand("home-visit", "in-person", occurredAt, "the child's home", ["child", "carer"], [new Finding("signs-of-harm", "bruises")], null);
        Spec.For<Plan>(Plan.Evolve).Given(Opened(Tianjin))
            .When(s => RecordVisit.Decide(new RecordVisit(visitId, visit, "director-1", PolicyOf(Tianjin), at), s))
            .Then(new VisitRecorded(visitId, Child, Tianjin, Director, "home-visit", "in-person", occurredAt, "the child's home", ["child", "carer"],
                    [new Finding("signs-of-harm", "bruises")], null, "director-1", at.Now),
                new MandatoryReportRequested(visitId, Child, Tianjin, Director, "director-1", ["signs-of-harm"], "bruises", occurredAt));
    }
}
