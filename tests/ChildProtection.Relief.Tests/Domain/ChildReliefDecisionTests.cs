using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Decisions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;
using static ChildProtection.Relief.Tests.Rules.Given;

namespace ChildProtection.Relief.Tests.Domain;

/// <summary>A child's relief decisions as pure functions: given the child's events, when a command, then events or a rejection.</summary>
public sealed class ChildReliefDecisionTests
{
    private static readonly Guid ChildId = Guid.NewGuid(), Case = Guid.NewGuid();
    private static readonly DateTimeOffset OpenedAt = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment Later = new(new DateTimeOffset(2026, 3, 20, 2, 0, 0, TimeSpan.Zero), new DateOnly(2026, 3, 20));
    private static readonly Jurisdictions.ReliefPolicy Terms = PolicyOf(NationalVillage);

    private static readonly CaseOpened Opened = new(Case, ChildId, NationalVillage, Programmes.DeFactoUnsupportedAllowance, "proactive",
        ["father: imprisoned", "mother: lost contact"], ["household registration (户口簿)"], new DateOnly(2026, 3, 10), "relief-assessment", OpenedAt);

    private static readonly CaseVerified Verified = new(Case, ChildId, NationalVillage, Programmes.DeFactoUnsupportedAllowance, [], null, "township-officer",
        OpenedAt.AddDays(2));

    private static Spec<ChildRelief> Relief => Spec.For<ChildRelief>(ChildRelief.Evolve);

    [Fact]
    public void The_county_confirms_a_verified_case_and_the_allowance_starts_the_month_after_with_its_first_review_a_year_on() =>
        Relief.Given(Opened, Verified)
            .When(s => ConfirmCase.Decide(new ConfirmCase(Case, Terms, "county-officer", Later), s))
            .Then(new CaseConfirmed(Case, ChildId, NationalVillage, Programmes.DeFactoUnsupportedAllowance, "county-officer", Later.Now),
                new EntitlementStarted(Case, ChildId, NationalVillage, Programmes.DeFactoUnsupportedAllowance, new DateOnly(2026, 4, 1), 1440,
                    new DateOnly(2027, 4, 1), Later.Now));

    [Fact]
    public void A_case_is_rejected_by_the_township_or_the_county_not_by_a_village() =>
        Relief.Given(Opened)
            .When(s => RejectCase.Decide(new RejectCase(Case, "Not six months yet.", "village-officer", NationalVillage, Later), s))
            .ThenRejected("level");

    [Fact]
    public void An_application_for_a_programme_with_a_pending_case_is_refused() =>
        Relief.Given(Opened)
            .When(s => ApplyForRelief.Decide(new ApplyForRelief(Guid.NewGuid(), ChildId, NationalVillage, Programmes.DeFactoUnsupportedAllowance,
                ["both parents unable to care"], [], "caseworker", Later), s))
            .ThenRejected("already-covered");

    [Fact]
    public void A_child_the_registry_moved_takes_the_relief_record_along_and_a_pending_case_is_not_opened_again()
    {
        const string moved = "120116100201";
        var facts = Child(new DateOnly(2014, 4, 2), moved).In(Categories.DeFactoUnsupported, new DateOnly(2026, 3, 1), "father: imprisoned", "mother: lost contact")
            with { ChildId = ChildId };
        Relief.Given(Opened)
            .When(s => ReassessChild.Decide(new ReassessChild(facts, Later.Today, PolicyOf(moved), Later), s))
            .Then(new ChildMoved(ChildId, NationalVillage, moved, Later.Now));
    }
}
