using ChildProtection.EventStore;
using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Decisions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Reviews;
using ChildProtection.Relief.Rules;
using static ChildProtection.Relief.Tests.Rules.Given;

namespace ChildProtection.Relief.Tests.Rules;

/// <summary>Proactive assessment, the two-step decision, entitlements, the ledger and reviews as pure functions.</summary>
public class AssessmentAndDecisionTests
{
    private static readonly DateOnly Birth = new(2012, 8, 10);
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Jurisdictions.ReliefPolicy Terms = PolicyOf(NationalVillage);

    private static ChildFacts Unsupported() => Child(Birth).In(Categories.DeFactoUnsupported, new DateOnly(2026, 3, 1), "father: imprisoned", "mother: lost contact");

    private static ChildRelief Fold(ChildRelief? s, IEnumerable<object> events) => events.Aggregate(s, ChildRelief.Evolve)!;

    private static IReadOnlyList<object> Accepted(Decision d) => Assert.IsType<Decision.Accepted>(d).Events;

    private static (ChildRelief State, Guid CaseId) OpenCase(ChildFacts facts)
    {
        var events = ReliefAssessor.Assess(null, facts, Today, Today, Terms, Now, Guid.NewGuid);
        var opened = Assert.IsType<CaseOpened>(Assert.Single(events));
        return (Fold(null, events), opened.CaseId);
    }

    private static ChildRelief Confirmed(ChildFacts facts, DateOnly on)
    {
        var (s, id) = OpenCase(facts);
        s = Fold(s, Accepted(CaseDecisions.Verify(s, id, [], null, "township-officer", Now)));
        return Fold(s, Accepted(CaseDecisions.Confirm(s, id, on, Terms, "county-officer", Now)));
    }

    [Fact]
    public void Given_a_child_who_became_de_facto_unsupported_when_assessed_then_a_proactive_case_opens_once()
    {
        var facts = Unsupported();
        var (state, _) = OpenCase(facts);
        var c = Assert.Single(state.Cases);
        Assert.Equal((Programmes.DeFactoUnsupportedAllowance, "proactive", CaseStatus.Open), (c.Programme, c.Origin, c.Status));
        Assert.NotEmpty(c.MissingEvidence);
        Assert.Empty(ReliefAssessor.Assess(state, facts, Today.AddDays(1), Today.AddDays(1), Terms, Now, Guid.NewGuid));
    }

    [Fact]
    public void Confirmation_needs_township_verification_first_and_the_entitlement_starts_the_month_after()
    {
        var (s, id) = OpenCase(Unsupported());
        Assert.Equal("not-verified", Assert.IsType<Decision.Rejected>(CaseDecisions.Confirm(s, id, Today, Terms, "c", Now)).Code);
        s = Fold(s, Accepted(CaseDecisions.Verify(s, id, ["household registration (户口簿)"], "checked with police data", "township-officer", Now)));
        Assert.Equal("township-officer", s.Case(id)!.VerifiedBy);
        Assert.DoesNotContain("household registration (户口簿)", s.Case(id)!.MissingEvidence);
        var events = Accepted(CaseDecisions.Confirm(s, id, new DateOnly(2026, 3, 31), Terms, "county-officer", Now));
        var started = Assert.IsType<EntitlementStarted>(events[1]);
        Assert.Equal((new DateOnly(2026, 4, 1), 1440, new DateOnly(2027, 4, 1)), (started.StartMonth, started.MonthlyYuan, started.NextReviewDue));
        Assert.Equal("county-officer", Assert.IsType<CaseConfirmed>(events[0]).ConfirmedBy);
    }

    [Fact]
    public void A_rejection_keeps_its_written_reasons_and_is_not_reopened_while_the_reasons_are_unchanged()
    {
        var facts = Unsupported();
        var (s, id) = OpenCase(facts);
        s = Fold(s, Accepted(CaseDecisions.Reject(s, id, "The father's sentence is under six months.", "township-officer", Now)));
        Assert.Equal("The father's sentence is under six months.", s.Case(id)!.RejectionReasons);
        Assert.Equal("case-not-open", Assert.IsType<Decision.Rejected>(CaseDecisions.Verify(s, id, [], null, "t", Now)).Code);
        Assert.Equal("case-decided", Assert.IsType<Decision.Rejected>(CaseDecisions.Reject(s, id, "again", "t", Now)).Code);
        Assert.Empty(ReliefAssessor.Assess(s, facts, Today, Today, Terms, Now, Guid.NewGuid));
        var changed = facts.In(Categories.DeFactoUnsupported, new DateOnly(2026, 3, 1), "father: imprisoned 3 years", "mother: lost contact");
        Assert.IsType<CaseOpened>(Assert.Single(ReliefAssessor.Assess(s, changed, Today, Today, Terms, Now, Guid.NewGuid)));
    }

    [Fact]
    public void When_the_child_stops_being_eligible_termination_is_proposed_for_the_month_after_the_change()
    {
        var facts = Unsupported();
        var s = Confirmed(facts, Today);
        var events = ReliefAssessor.Assess(s, facts.WithoutCategory(Categories.DeFactoUnsupported), Today, new DateOnly(2026, 5, 20), Terms, Now, Guid.NewGuid);
        var proposed = Assert.IsType<TerminationProposed>(Assert.Single(events));
        Assert.Equal((new DateOnly(2026, 5, 20), new DateOnly(2026, 6, 1)), (proposed.ChangedOn, proposed.EffectiveMonth));
        s = Fold(s, events);
        Assert.Empty(ReliefAssessor.Assess(s, facts.WithoutCategory(Categories.DeFactoUnsupported), Today, Today, Terms, Now, Guid.NewGuid));
        var terminated = Assert.IsType<EntitlementTerminated>(Assert.Single(Accepted(CaseDecisions.Terminate(s, s.Entitlements[0].EntitlementId, null, "father released", "county-officer", Now))));
        Assert.Equal(new DateOnly(2026, 6, 1), terminated.EffectiveMonth);
    }

    [Fact]
    public void The_18th_birthday_proposes_termination_from_the_month_after_the_birthday()
    {
        var facts = Unsupported();
        var s = Confirmed(facts, Today);
        var birthday = Birth.AddYears(18);
        Assert.Empty(ReliefAssessor.Assess(s, facts, birthday.AddDays(-1), birthday.AddDays(-1), Terms, Now, Guid.NewGuid));
        var proposed = Assert.IsType<TerminationProposed>(Assert.Single(ReliefAssessor.Assess(s, facts, birthday, birthday, Terms, Now, Guid.NewGuid)));
        Assert.Equal((birthday, ProgrammeRules.MonthAfter(birthday)), (proposed.ChangedOn, proposed.EffectiveMonth));
    }

    [Fact]
    public void A_pending_proactive_case_is_withdrawn_when_the_child_no_longer_meets_the_programme()
    {
        var facts = Unsupported();
        var (s, id) = OpenCase(facts);
        var withdrawn = Assert.IsType<CaseWithdrawn>(Assert.Single(ReliefAssessor.Assess(s, facts.WithoutCategory(Categories.DeFactoUnsupported), Today, Today, Terms, Now, Guid.NewGuid)));
        Assert.Equal(id, withdrawn.CaseId);
    }

    [Fact]
    public void A_child_cannot_hold_the_orphan_and_the_de_facto_unsupported_allowance_together()
    {
        var facts = Unsupported();
        var s = Confirmed(facts, Today);
        var orphan = facts.In(Categories.Orphan, Today);
        var events = ReliefAssessor.Assess(s, orphan, Today, Today, Terms, Now, Guid.NewGuid);
        Assert.Contains(events, e => e is TerminationProposed { Programme: Programmes.DeFactoUnsupportedAllowance });
        var opened = Assert.Single(events.OfType<CaseOpened>());
        Assert.Equal(Programmes.OrphanAllowance, opened.Programme);
        s = Fold(s, events);
        s = Fold(s, Accepted(CaseDecisions.Verify(s, opened.CaseId, [], null, "t", Now)));
        var overlap = Assert.IsType<Decision.Rejected>(CaseDecisions.Confirm(s, opened.CaseId, Today, Terms, "c", Now));
        Assert.Equal("programme-overlap", overlap.Code);
        s = Fold(s, Accepted(CaseDecisions.Terminate(s, s.Entitlements[0].EntitlementId, null, "now an orphan", "c", Now)));
        Assert.IsType<Decision.Accepted>(CaseDecisions.Confirm(s, opened.CaseId, Today, Terms, "c", Now));
    }

    [Fact]
    public void The_ledger_pays_each_month_from_the_start_except_suspended_months_and_stops_at_termination()
    {
        var s = Confirmed(Unsupported(), new DateOnly(2026, 1, 10)); // starts 2026-02
        var id = s.Entitlements[0].EntitlementId;
        Assert.Equal("before-start", Assert.IsType<Decision.Rejected>(CaseDecisions.Suspend(s, id, new DateOnly(2026, 1, 1), "x", "c", Now)).Code);
        s = Fold(s, Accepted(CaseDecisions.Suspend(s, id, new DateOnly(2026, 4, 1), "child in hospital care", "c", Now)));
        s = Fold(s, Accepted(CaseDecisions.Resume(s, id, new DateOnly(2026, 6, 1), "c", Now)));
        s = Fold(s, Accepted(CaseDecisions.Terminate(s, id, new DateOnly(2026, 9, 1), "moved away", "c", Now)));
        var months = s.Ledger(new DateOnly(2026, 12, 1)).Select(l => l.Month.Month).ToList();
        Assert.Equal([2, 3, 6, 7, 8], months);
        Assert.All(s.Ledger(new DateOnly(2026, 12, 1)), l => Assert.Equal(1440, l.AmountYuan));
        Assert.Equal("terminated", Assert.IsType<Decision.Rejected>(CaseDecisions.Terminate(s, id, null, "again", "c", Now)).Code);
    }

    [Fact]
    public void A_review_past_its_due_date_is_overdue_once_and_a_recorded_review_moves_the_due_date()
    {
        var s = Confirmed(Unsupported(), new DateOnly(2026, 1, 10)); // review due 2027-02-01
        Assert.Empty(ReviewRules.Overdue(s, new DateOnly(2027, 2, 1), Now));
        var overdue = Assert.IsType<ReviewWentOverdue>(Assert.Single(ReviewRules.Overdue(s, new DateOnly(2027, 2, 2), Now)));
        Assert.Equal(new DateOnly(2027, 2, 1), overdue.DueOn);
        s = Fold(s, [overdue]);
        Assert.Empty(ReviewRules.Overdue(s, new DateOnly(2027, 3, 1), Now));
        s = Fold(s, Accepted(CaseDecisions.Review(s, s.Entitlements[0].EntitlementId, new DateOnly(2027, 3, 1), Terms, null, "c", Now)));
        Assert.Equal(new DateOnly(2028, 3, 1), s.Entitlements[0].NextReviewDue);
    }

    [Fact]
    public void An_entitlement_granted_on_an_application_ends_only_at_its_age_limit_not_for_lack_of_facts_the_rules_never_held()
    {
        var facts = Child(new DateOnly(2019, 7, 1)); // no Registry fact makes the rules find rehabilitation aid
        var opened = new CaseOpened(Guid.NewGuid(), facts.ChildId, NationalVillage, Programmes.RehabilitationAid, "application",
            ["hearing impairment diagnosed by the county hospital"], [], Today, "caseworker", Now);
        var s = Fold(null, [opened]);
        s = Fold(s, Accepted(CaseDecisions.Verify(s, opened.CaseId, [], null, "township-officer", Now)));
        s = Fold(s, Accepted(CaseDecisions.Confirm(s, opened.CaseId, Today, Terms, "county-officer", Now)));

        Assert.Empty(ReliefAssessor.Assess(s, facts, Today.AddDays(1), Today.AddDays(1), Terms, Now, Guid.NewGuid));
        var seventh = new DateOnly(2026, 7, 1);
        var proposed = Assert.IsType<TerminationProposed>(Assert.Single(ReliefAssessor.Assess(s, facts, seventh, seventh, Terms, Now, Guid.NewGuid)));
        Assert.Equal((seventh, new DateOnly(2026, 8, 1)), (proposed.ChangedOn, proposed.EffectiveMonth));
    }

    [Fact]
    public void The_orphan_allowance_is_not_confirmed_while_the_de_facto_unsupported_allowance_is_still_paid_in_its_first_month()
    {
        var facts = Unsupported();
        var s = Confirmed(facts, Today); // de-facto-unsupported allowance paid from 2026-04
        var events = ReliefAssessor.Assess(s, facts.In(Categories.Orphan, Today), Today, Today, Terms, Now, Guid.NewGuid);
        s = Fold(s, events);
        var orphanCase = Assert.Single(events.OfType<CaseOpened>()).CaseId;
        s = Fold(s, Accepted(CaseDecisions.Verify(s, orphanCase, [], null, "t", Now)));
        // Terminated, but only from 2026-06: April and May are still paid.
        s = Fold(s, Accepted(CaseDecisions.Terminate(s, s.Entitlements[0].EntitlementId, new DateOnly(2026, 6, 1), "now an orphan", "c", Now)));

        var overlap = Assert.IsType<Decision.Rejected>(CaseDecisions.Confirm(s, orphanCase, Today, Terms, "c", Now));
        Assert.Equal("programme-overlap", overlap.Code);
        Assert.IsType<Decision.Accepted>(CaseDecisions.Confirm(s, orphanCase, new DateOnly(2026, 5, 10), Terms, "c", Now)); // from 2026-06
    }
}
