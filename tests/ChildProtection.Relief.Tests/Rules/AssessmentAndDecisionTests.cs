using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Decisions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Reviews;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using static ChildProtection.Relief.Tests.Rules.Given;

namespace ChildProtection.Relief.Tests.Rules;

/// <summary>Proactive assessment, the two-step decision, entitlements, the ledger and reviews as pure functions.</summary>
public class AssessmentAndDecisionTests
{
    private static readonly DateOnly Birth = new(2012, 8, 10);
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Jurisdictions.ReliefPolicy Terms = PolicyOf(NationalVillage);
    private const string NationalTownship = "110101001"; // the township of NationalVillage: may reject a case

    private static ChildFacts Unsupported() => Child(Birth).In(Categories.DeFactoUnsupported, new DateOnly(2026, 3, 1), "father: imprisoned", "mother: lost contact");

    private static ChildRelief Fold(ChildRelief? s, IEnumerable<object> events) => events.Aggregate(s, ChildRelief.Evolve)!;

    private static IReadOnlyList<object> Accepted(Decision d) => Assert.IsType<Decision.Accepted>(d).Events;

    /// <summary>The moment a command is decided at: <see cref="Now"/>, on <paramref name="today"/> (China date).</summary>
    private static Moment On(DateOnly today) => new(Now, today);

    private static (ChildRelief State, Guid CaseId) OpenCase(ChildFacts facts)
    {
        var events = ReliefAssessor.Assess(null, facts, Today, Today, Terms, Now, Guid.NewGuid);
        var opened = Assert.IsType<CaseOpened>(Assert.Single(events));
        return (Fold(null, events), opened.CaseId);
    }

    private static ChildRelief Confirmed(ChildFacts facts, DateOnly on)
    {
        var (s, id) = OpenCase(facts);
        s = Fold(s, Accepted(VerifyCase.Decide(new VerifyCase(id, [], null, "township-officer", On(Today)), s)));
        return Fold(s, Accepted(ConfirmCase.Decide(new ConfirmCase(id, Terms, "county-officer", On(on)), s)));
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
        Assert.Equal("not-verified", Assert.IsType<Decision.Rejected>(ConfirmCase.Decide(new ConfirmCase(id, Terms, "c", On(Today)), s)).Code);
        s = Fold(s, Accepted(VerifyCase.Decide(new VerifyCase(id, ["household registration (户口簿)"], "checked with police data", "township-officer", On(Today)), s)));
        Assert.Equal("township-officer", s.Case(id)!.VerifiedBy);
        Assert.DoesNotContain("household registration (户口簿)", s.Case(id)!.MissingEvidence);
        var events = Accepted(ConfirmCase.Decide(new ConfirmCase(id, Terms, "county-officer", On(new DateOnly(2026, 3, 31))), s));
        var started = Assert.IsType<EntitlementStarted>(events[1]);
        Assert.Equal((new DateOnly(2026, 4, 1), 1440, new DateOnly(2027, 4, 1)), (started.StartMonth, started.MonthlyYuan, started.NextReviewDue));
        Assert.Equal("county-officer", Assert.IsType<CaseConfirmed>(events[0]).ConfirmedBy);
    }

    [Fact]
    public void A_rejection_keeps_its_written_reasons_and_is_not_reopened_while_the_reasons_are_unchanged()
    {
        var facts = Unsupported();
        var (s, id) = OpenCase(facts);
        s = Fold(s, Accepted(RejectCase.Decide(new RejectCase(id, "The father's sentence is under six months.", "township-officer", NationalTownship, On(Today)), s)));
        Assert.Equal("The father's sentence is under six months.", s.Case(id)!.RejectionReasons);
        Assert.Equal("case-not-open", Assert.IsType<Decision.Rejected>(VerifyCase.Decide(new VerifyCase(id, [], null, "t", On(Today)), s)).Code);
        Assert.Equal("case-decided", Assert.IsType<Decision.Rejected>(RejectCase.Decide(new RejectCase(id, "again", "t", NationalTownship, On(Today)), s)).Code);
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
        var terminated = Assert.IsType<EntitlementTerminated>(Assert.Single(Accepted(TerminateEntitlement.Decide(new TerminateEntitlement(s.Entitlements[0].EntitlementId, null, "father released", "county-officer", On(Today)), s))));
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
        s = Fold(s, Accepted(VerifyCase.Decide(new VerifyCase(opened.CaseId, [], null, "t", On(Today)), s)));
        var overlap = Assert.IsType<Decision.Rejected>(ConfirmCase.Decide(new ConfirmCase(opened.CaseId, Terms, "c", On(Today)), s));
        Assert.Equal("programme-overlap", overlap.Code);
        s = Fold(s, Accepted(TerminateEntitlement.Decide(new TerminateEntitlement(s.Entitlements[0].EntitlementId, null, "now an orphan", "c", On(Today)), s)));
        Assert.IsType<Decision.Accepted>(ConfirmCase.Decide(new ConfirmCase(opened.CaseId, Terms, "c", On(Today)), s));
    }

    [Fact]
    public void The_ledger_pays_each_month_from_the_start_except_suspended_months_and_stops_at_termination()
    {
        var s = Confirmed(Unsupported(), new DateOnly(2026, 1, 10)); // starts 2026-02
        var id = s.Entitlements[0].EntitlementId;
        Assert.Equal("before-start", Assert.IsType<Decision.Rejected>(SuspendEntitlement.Decide(new SuspendEntitlement(id, new DateOnly(2026, 1, 1), "x", "c", On(Today)), s)).Code);
        s = Fold(s, Accepted(SuspendEntitlement.Decide(new SuspendEntitlement(id, new DateOnly(2026, 4, 1), "child in hospital care", "c", On(Today)), s)));
        s = Fold(s, Accepted(ResumeEntitlement.Decide(new ResumeEntitlement(id, new DateOnly(2026, 6, 1), "c", On(Today)), s)));
        s = Fold(s, Accepted(TerminateEntitlement.Decide(new TerminateEntitlement(id, new DateOnly(2026, 9, 1), "moved away", "c", On(Today)), s)));
        var months = s.Ledger(new DateOnly(2026, 12, 1)).Select(l => l.Month.Month).ToList();
        Assert.Equal([2, 3, 6, 7, 8], months);
        Assert.All(s.Ledger(new DateOnly(2026, 12, 1)), l => Assert.Equal(1440, l.AmountYuan));
        Assert.Equal("terminated", Assert.IsType<Decision.Rejected>(TerminateEntitlement.Decide(new TerminateEntitlement(id, null, "again", "c", On(Today)), s)).Code);
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
        s = Fold(s, Accepted(RecordReview.Decide(new RecordReview(s.Entitlements[0].EntitlementId, Terms, null, "c", On(new DateOnly(2027, 3, 1))), s)));
        Assert.Equal(new DateOnly(2028, 3, 1), s.Entitlements[0].NextReviewDue);
    }

    [Fact]
    public void An_entitlement_granted_on_an_application_ends_only_at_its_age_limit_not_for_lack_of_facts_the_rules_never_held()
    {
        var facts = Child(new DateOnly(2019, 7, 1)); // no Registry fact makes the rules find rehabilitation aid
        var opened = new CaseOpened(Guid.NewGuid(), facts.ChildId, NationalVillage, Programmes.RehabilitationAid, "application",
            ["hearing impairment diagnosed by the county hospital"], [], Today, "caseworker", Now);
        var s = Fold(null, [opened]);
        s = Fold(s, Accepted(VerifyCase.Decide(new VerifyCase(opened.CaseId, [], null, "township-officer", On(Today)), s)));
        s = Fold(s, Accepted(ConfirmCase.Decide(new ConfirmCase(opened.CaseId, Terms, "county-officer", On(Today)), s)));

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
        s = Fold(s, Accepted(VerifyCase.Decide(new VerifyCase(orphanCase, [], null, "t", On(Today)), s)));
        // Terminated, but only from 2026-06: April and May are still paid.
        s = Fold(s, Accepted(TerminateEntitlement.Decide(new TerminateEntitlement(s.Entitlements[0].EntitlementId, new DateOnly(2026, 6, 1), "now an orphan", "c", On(Today)), s)));

        var overlap = Assert.IsType<Decision.Rejected>(ConfirmCase.Decide(new ConfirmCase(orphanCase, Terms, "c", On(Today)), s));
        Assert.Equal("programme-overlap", overlap.Code);
        Assert.IsType<Decision.Accepted>(ConfirmCase.Decide(new ConfirmCase(orphanCase, Terms, "c", On(new DateOnly(2026, 5, 10))), s)); // from 2026-06
    }
}
