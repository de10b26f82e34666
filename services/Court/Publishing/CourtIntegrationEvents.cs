using ChildProtection.Court.GuidanceOrders;
using ChildProtection.Court.Http;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.Recommendations;
using ChildProtection.Court.Revocations;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using ChildProtection.ServiceDefaults.Time;
using Published = ChildProtection.Contracts.Court;

namespace ChildProtection.Court.Publishing;

/// <summary>
/// What the court tells other services, through the outbox: every contract is a child-file event. Never names of
/// respondents, guardians or units, never facts or reasons. Service of a protection order carries what the police and the
/// village committee need to enforce it: measures, validity, child and region.
/// </summary>
public sealed class CourtIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        ProtectionOrderIssued e => [new Published.ProtectionOrderIssued(e.OrderId, e.ChildId, e.RegionCode, e.Measures, e.ValidFrom, e.ValidUntil, e.Late, e.DecidedAt)],
        ProtectionOrderRejected e => [new Published.ProtectionOrderRejected(e.OrderId, e.ChildId, e.RegionCode, e.Late, e.DecidedAt)],
        ProtectionOrderServed e => [new Published.ProtectionOrderServed(e.OrderId, e.ChildId, e.RegionCode, e.ServedOn, e.Measures, e.ValidFrom,
            e.ValidUntil, e.ServedAt)],
        ProtectionOrderDecisionOverdue e => [new Published.ProtectionOrderDecisionOverdue(e.OrderId, e.ChildId, e.RegionCode, e.DueAt, false, e.DetectedAt)],
        ProtectionOrderEscalatedToPresident e => [new Published.ProtectionOrderDecisionOverdue(e.OrderId, e.ChildId, e.RegionCode, e.DueAt, true, e.EscalatedAt)],
        ProtectionOrderExtended e => [new Published.ProtectionOrderVaried(e.OrderId, e.ChildId, e.RegionCode, "extended", e.Measures, e.ValidUntil, e.DecidedAt)],
        ProtectionOrderChanged e => [new Published.ProtectionOrderVaried(e.OrderId, e.ChildId, e.RegionCode, "changed", e.Measures, e.ValidUntil, e.DecidedAt)],
        ProtectionOrderRevoked e => [new Published.ProtectionOrderVaried(e.OrderId, e.ChildId, e.RegionCode, "revoked", [], ChinaDate.On(e.DecidedAt), e.DecidedAt)],
        ProtectionOrderExpired e => [new Published.ProtectionOrderExpired(e.OrderId, e.ChildId, e.RegionCode, e.ValidUntil, e.DetectedAt)],
        ProtectionOrderBreached e => [new Published.ProtectionOrderBreached(e.OrderId, e.ChildId, e.RegionCode, e.BreachedOn, e.Sanction, e.RecordedAt)],

        RevocationPetitionFiled e => [new Published.RevocationPetitionFiled(e.CaseId, e.ChildId, e.RegionCode, e.Petitioner, e.Grounds,
            e.SupportingLawsuitId is not null, e.FiledAt)],
        RevocationJudged e => [new Published.GuardianshipRevocationJudged(e.JudgmentId, e.CaseId, e.ChildId, e.RegionCode, e.Revoked, e.RevokedGuardians,
            e.NewGuardian, e.EffectiveOn, e.JudgedAt)],
        CivilAffairsPetitionPrompted e => [new Published.RevocationPetitionDutyPrompted(e.DutyId, e.ChildId, e.RegionCode, e.Grounds, e.PetitionDueOn, e.PromptedAt)],

        GuidanceOrderIssued e => [new Published.FamilyEducationGuidanceOrderIssued(e.OrderId, e.ChildId, e.RegionCode, e.Basis, e.Sessions, e.CompleteBy, e.IssuedAt)],
        GuidanceOrderCompleted e => [new Published.FamilyEducationGuidanceOrderClosed(e.OrderId, e.ChildId, "completed", null, e.CompletedAt)],
        GuidanceOrderBreached e => [new Published.FamilyEducationGuidanceOrderClosed(e.OrderId, e.ChildId, "breached", e.Sanction, e.RecordedAt)],

        JudicialRecommendationIssued e => [new Published.JudicialRecommendationIssued(e.RecommendationId, e.ChildId, e.RegionCode, e.ReplyDue, e.IssuedAt)],
        JudicialRecommendationReplyRecorded e => [new Published.JudicialRecommendationReplied(e.RecommendationId, e.ChildId, e.ReceivedOn, e.Late, e.RecordedAt)],
        JudicialRecommendationReplyOverdue e => [new Published.JudicialRecommendationReplyOverdue(e.RecommendationId, e.ChildId, e.ReplyDue, e.DetectedAt)],
        _ => [],
    };
}
