using ChildProtection.Police.Admonitions;
using ChildProtection.Police.Cases;
using ChildProtection.Police.DomesticViolence;
using ChildProtection.Police.EmergencyPlacements;
using ChildProtection.Police.GuidanceOrders;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Policies;
using ChildProtection.Police.Recommendations;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Police.Tests.Instruments;

/// <summary>Issuing an instrument is decided on the case: given its events, when an issuing command, then the instrument's first event or a refusal.</summary>
public sealed class IssuingDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment At = DecisionSpecs.At(Now);
    private static readonly Guid CaseId = Guid.NewGuid(), Child = Guid.NewGuid(), InstrumentId = Guid.NewGuid();
    private static readonly NamedGuardian Father = new("张大山", "father");
    private const string Region = "120116100201";

    private static readonly CaseOpened Opened = new(CaseId, CaseSources.Direct, null, null, Child, Region, CaseKinds.PendingReview,
        ["guardian-failing-duties"], null, null, Now.AddDays(-1), "officer-1");

    private static Spec<PoliceCase> Case(params object[] events) => Spec.For<PoliceCase>(PoliceCase.Evolve).Given([Opened, .. events]);

    [Fact]
    public void An_admonition_in_an_open_case_is_about_the_cases_child_and_region() =>
        Case().When(s => AdmonishGuardian.Decide(new AdmonishGuardian(InstrumentId, Father, ["neglect"], "训诫", "o", At), s))
            .Then(new GuardianAdmonished(InstrumentId, CaseId, Child, Region, Father, ["neglect"], "训诫", Now, "o"));

    [Fact]
    public void No_instrument_is_issued_in_a_closed_or_transferred_case()
    {
        var closed = Case(new CaseClosed(CaseId, null, null, Child, Region, CaseOutcomes.NoOffenceFound, "x", Now, "o"));
        var transferred = Case(new CaseTransferred(CaseId, null, null, Child, Region, "某分局", "管辖", Now, "o"));
        foreach (var spec in new[] { closed, transferred })
        {
            spec.When(s => AdmonishGuardian.Decide(new AdmonishGuardian(InstrumentId, Father, ["neglect"], "训诫", "o", At), s)).ThenRejected("case-not-open");
            spec.When(s => OrderGuidance.Decide(new OrderGuidance(InstrumentId, null, Father, "指导中心", 4, new DateOnly(2025, 4, 30), "o", At), s))
                .ThenRejected("case-not-open");
            spec.When(s => IssueRecommendation.Decide(new IssueRecommendation(InstrumentId, "某宾馆", ["failed-to-report"], "建议", new PolicyPeriod(1, "national"),
                "o", At), s)).ThenRejected("case-not-open");
            spec.When(s => IssueWarning.Decide(new IssueWarning(InstrumentId, Father, "轻微家暴", new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 14), "某村委会",
                new DateOnly(2025, 3, 14), [new DateOnly(2025, 3, 21)], "o", At), s)).ThenRejected("case-not-open");
            spec.When(s => RequestPlacement.Decide(new RequestPlacement(InstrumentId, ["without-care"], "民政局", null, "o", At), s)).ThenRejected("case-not-open");
        }
    }

    [Fact]
    public void A_recommendations_reply_is_due_the_packs_months_later_at_the_end_of_that_China_day() =>
        Case().When(s => IssueRecommendation.Decide(new IssueRecommendation(InstrumentId, "某宾馆", ["failed-to-report"], "建议",
                new PolicyPeriod(2, "pack v1: art. 114"), "o", At), s))
            .Then(new RecommendationIssued(InstrumentId, CaseId, Child, Region, "某宾馆", ["failed-to-report"], "建议", Now,
                new DateTimeOffset(2025, 5, 16, 0, 0, 0, TimeSpan.FromHours(8)), "pack v1: art. 114", "o"));

    [Fact]
    public void A_placement_may_be_requested_for_a_child_the_case_does_not_name_yet() =>
        Spec.For<PoliceCase>(PoliceCase.Evolve).Given(Opened with { ChildId = null })
            .When(s => RequestPlacement.Decide(new RequestPlacement(InstrumentId, ["without-care"], "民政局", "派出所", "o", At), s))
            .Then(new PlacementRequested(InstrumentId, CaseId, null, Region, ["without-care"], "民政局", "派出所", Now, "o"));
}
