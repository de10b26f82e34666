using ChildProtection.Jurisdictions;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Lawsuits;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Procuratorate.Tests.Domain;

/// <summary>A case and the instruments issued in it, as pure decisions: given the case's events, when a command, then events or a rejection.</summary>
public sealed class CaseDecisionTests
{
    private static readonly Guid CaseId = Guid.NewGuid(), Child = Guid.NewGuid(), Instrument = Guid.NewGuid();
    private static readonly DateTimeOffset OpenedAt = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment Later = new(OpenedAt.AddDays(1), new DateOnly(2025, 3, 2));
    private static readonly ProcuratoratePolicy Policy = new(3, 30, 2, 15, 2, 15, 30);

    private static CaseOpened Opened(Guid? child) => new(CaseId, "120116001001", child, CaseSources.Direct, null, null, null,
        ["guardian-failing-duties"], "监护人长期外出", OpenedAt);

    private static CaseClosed Closed() => new(CaseId, Child, "no-further-action", null, OpenedAt.AddHours(1));

    private static Spec<ProcuratorateCase> Case(params object[] events) => Spec.For<ProcuratorateCase>(ProcuratorateCase.Evolve).Given(events);

    [Fact]
    public void A_supervision_order_without_planned_dates_follows_the_policys_plan() =>
        Case(Opened(Child))
            .When(c => IssueSupervision.Decide(new IssueSupervision(Instrument, ["王某某"], "履行监护职责", false, null, Policy, Later), c))
            .Then(new SupervisionOrderIssued(Instrument, CaseId, Child, "120116001001", ["王某某"], "履行监护职责", false,
                [new PlannedCheckIn(1, new DateOnly(2025, 4, 1)), new PlannedCheckIn(2, new DateOnly(2025, 5, 1)), new PlannedCheckIn(3, new DateOnly(2025, 5, 31))],
                Later.Now));

    [Fact]
    public void An_instrument_about_a_child_needs_a_case_that_names_one()
    {
        Case(Opened(null))
            .When(c => IssueSupervision.Decide(new IssueSupervision(Instrument, ["王某某"], "履行监护职责", false, null, Policy, Later), c))
            .ThenRejected("case-has-no-child");
        Case(Opened(null))
            .When(c => SupportLawsuitInCase.Decide(new SupportLawsuitInCase(Instrument, "support", "civil-affairs", null, "revoke-guardianship", "x", Later), c))
            .ThenRejected("case-has-no-child");
    }

    [Fact]
    public void A_recommendation_in_a_case_about_no_child_is_due_in_the_policys_months() =>
        Case(Opened(null))
            .When(c => IssueProcuratorialRecommendation.Decide(new IssueProcuratorialRecommendation(Instrument, "某某中学", "落实强制报告", false, Policy, Later), c))
            .Then(new RecommendationIssued(Instrument, CaseId, null, "120116001001", "某某中学", "落实强制报告", false, new DateOnly(2025, 5, 2), Later.Now));

    [Fact]
    public void No_instrument_is_issued_in_a_closed_case_and_a_case_is_closed_once()
    {
        var closed = Case(Opened(Child), Closed());
        closed.When(c => IssueProcuratorialRecommendation.Decide(new IssueProcuratorialRecommendation(Instrument, "某某中学", "x", true, Policy, Later), c))
            .ThenRejected("case-closed");
        closed.When(c => BeginPublicInterestLitigation.Decide(new BeginPublicInterestLitigation(Instrument, "civil", "某某公司", "x", false, Policy, Later), c))
            .ThenRejected("case-closed");
        closed.When(c => CloseProcuratorateCase.Decide(new CloseProcuratorateCase("prosecuted", null, Later), c)).ThenRejected("case-closed");
    }
}
