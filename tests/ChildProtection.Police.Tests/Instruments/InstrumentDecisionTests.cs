using ChildProtection.Police.Admonitions;
using ChildProtection.Police.DomesticViolence;
using ChildProtection.Police.EmergencyPlacements;
using ChildProtection.Police.GuidanceOrders;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Recommendations;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Testing.Domain;

namespace ChildProtection.Police.Tests.Instruments;

public class InstrumentDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly Moment At = DecisionSpecs.At(Now);
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly NamedGuardian Father = new("张大山", "father");
    private const string Region = "120116100201";

    private static GuidanceOrdered Ordered() => new(Id, CaseId, null, null, Region, Father, "区家庭教育指导中心", 4, new DateOnly(2025, 4, 30),
        new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.FromHours(8)), Now, "o");

    [Fact]
    public void Completing_guidance_twice_is_refused() =>
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve)
            .Given(Ordered(), new GuidanceCompleted(Id, CaseId, null, Region, 4, new DateOnly(2025, 4, 20), Now, "o"))
            .When(s => CompleteGuidance.Decide(new CompleteGuidance(4, new DateOnly(2025, 4, 21), "o", At), s))
            .ThenRejected("guidance-completed");

    [Fact]
    public void A_refusal_is_referred_to_the_court_once_and_only_a_refusal() 
    {
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered())
            .When(s => ReferRefusalToCourt.Decide(new ReferRefusalToCourt("滨海新区人民法院", "o", At), s)).ThenRejected("not-refused");
        var refused = new GuidanceRefused(Id, CaseId, null, Region, "拒不参加", new DateOnly(2025, 3, 20), Now, "o");
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered(), refused)
            .When(s => ReferRefusalToCourt.Decide(new ReferRefusalToCourt("滨海新区人民法院", "o", At), s)).ThenEventsOf(typeof(GuidanceRefusalReferredToCourt));
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered(), refused, new GuidanceRefusalReferredToCourt(Id, CaseId, null, Region, "c", Now, "o"))
            .When(s => ReferRefusalToCourt.Decide(new ReferRefusalToCourt("滨海新区人民法院", "o", At), s)).ThenRejected("not-refused");
    }

    [Fact]
    public void A_guidance_order_is_flagged_overdue_once_after_its_due_date_and_never_when_completed()
    {
        var after = new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.FromHours(8));
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered())
            .When(s => FlagGuidanceOverdue.Decide(new FlagGuidanceOverdue(DecisionSpecs.At(after.AddTicks(-1))), s)).ThenRejected("not-overdue");
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered())
            .When(s => FlagGuidanceOverdue.Decide(new FlagGuidanceOverdue(DecisionSpecs.At(after)), s)).ThenEventsOf(typeof(GuidanceOverdue));
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered(), new GuidanceOverdue(Id, CaseId, null, Region, new DateOnly(2025, 4, 30), after))
            .When(s => FlagGuidanceOverdue.Decide(new FlagGuidanceOverdue(DecisionSpecs.At(after.AddDays(1))), s)).ThenRejected("not-overdue");
        Spec.For<GuidanceOrder>(GuidanceOrder.Evolve).Given(Ordered(), new GuidanceCompleted(Id, CaseId, null, Region, 4, new DateOnly(2025, 4, 1), Now, "o"))
            .When(s => FlagGuidanceOverdue.Decide(new FlagGuidanceOverdue(DecisionSpecs.At(after)), s)).ThenRejected("not-overdue");
    }

    [Fact]
    public void A_recommendation_issued_on_15_March_China_time_is_due_by_the_end_of_15_April_China_time() =>
        Assert.Equal(new DateTimeOffset(2025, 4, 16, 0, 0, 0, TimeSpan.FromHours(8)),
            IssueRecommendation.DueAt(new DateTimeOffset(2025, 3, 15, 23, 30, 0, TimeSpan.FromHours(8)), 1));

    [Fact]
    public void A_reply_after_the_due_date_is_recorded_late_and_a_second_reply_is_refused()
    {
        var issued = new RecommendationIssued(Id, CaseId, null, Region, "某宾馆", ["failed-to-report"], "建议", Now,
            IssueRecommendation.DueAt(Now, 1), "national", "o");
        var reply = (RecommendationReplyRecorded)Spec.For<Recommendation>(Recommendation.Evolve).Given(issued)
            .When(s => RecordReply.Decide(new RecordReply("已整改", new DateOnly(2025, 4, 16), "o", At), s)).ThenEventsOf(typeof(RecommendationReplyRecorded))[0];
        Assert.True(reply.Late);
        var onTime = (RecommendationReplyRecorded)Spec.For<Recommendation>(Recommendation.Evolve).Given(issued)
            .When(s => RecordReply.Decide(new RecordReply("已整改", new DateOnly(2025, 4, 15), "o", At), s)).ThenEventsOf(typeof(RecommendationReplyRecorded))[0];
        Assert.False(onTime.Late);
        Spec.For<Recommendation>(Recommendation.Evolve).Given(issued, reply)
            .When(s => RecordReply.Decide(new RecordReply("再次", new DateOnly(2025, 4, 17), "o", At), s)).ThenRejected("already-replied");
    }

    [Fact]
    public void An_admonition_is_acknowledged_once() =>
        Spec.For<Admonition>(Admonition.Evolve)
            .Given(new GuardianAdmonished(Id, CaseId, null, Region, Father, ["neglect"], "训诫", Now, "o"), new AdmonitionAcknowledged(Id, Now, "o"))
            .When(s => AcknowledgeAdmonition.Decide(new AcknowledgeAdmonition("o", At), s)).ThenRejected("already-acknowledged");

    [Fact]
    public void A_warning_letter_follow_up_ends_with_the_last_scheduled_visit_and_refuses_more()
    {
        var issued = new WarningIssued(Id, CaseId, null, Region, Father, "轻微家暴", new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 14), "某村委会",
            new DateOnly(2025, 3, 14), [new DateOnly(2025, 3, 21), new DateOnly(2025, 4, 14)], Now, "o");
        var first = (WarningFollowUpRecorded)Spec.For<DomesticViolenceWarning>(DomesticViolenceWarning.Evolve).Given(issued)
            .When(s => RecordFollowUp.Decide(new RecordFollowUp(new DateOnly(2025, 3, 21), "no-further-violence", null, "o", At), s))
            .ThenEventsOf(typeof(WarningFollowUpRecorded))[0];
        Assert.False(first.Last);
        var last = (WarningFollowUpRecorded)Spec.For<DomesticViolenceWarning>(DomesticViolenceWarning.Evolve).Given(issued, first)
            .When(s => RecordFollowUp.Decide(new RecordFollowUp(new DateOnly(2025, 4, 14), "no-further-violence", null, "o", At), s))
            .ThenEventsOf(typeof(WarningFollowUpRecorded))[0];
        Assert.True(last.Last);
        Spec.For<DomesticViolenceWarning>(DomesticViolenceWarning.Evolve).Given(issued, first, last)
            .When(s => RecordFollowUp.Decide(new RecordFollowUp(new DateOnly(2025, 4, 15), "no-further-violence", null, "o", At), s))
            .ThenRejected("follow-up-complete");
    }

    [Fact]
    public void A_child_handed_over_cannot_be_handed_over_again_or_the_request_withdrawn()
    {
        var requested = new PlacementRequested(Id, CaseId, null, Region, ["without-care"], "滨海新区民政局", null, Now, "o");
        var handed = new ChildHandedOver(Id, CaseId, "rescue-protection-institution", Now, "o");
        Spec.For<EmergencyPlacement>(EmergencyPlacement.Evolve).Given(requested, handed)
            .When(s => HandOver.Decide(new HandOver("foster-family", "o", At), s)).ThenRejected("placement-handed-over");
        Spec.For<EmergencyPlacement>(EmergencyPlacement.Evolve).Given(requested, handed)
            .When(s => WithdrawPlacement.Decide(new WithdrawPlacement("x", "o", At), s)).ThenRejected("placement-handed-over");
    }
}
