using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Lawsuits;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using Published = ChildProtection.Contracts.Procuratorate;

namespace ChildProtection.Procuratorate.Publishing;

/// <summary>
/// What the procuratorate tells other services. Every contract is a child-file event, so it is published only when the
/// case names a child (a recommendation or public-interest suit about no particular child stays in this service).
/// Never names of guardians, units or respondents, never case summaries.
/// </summary>
public sealed class ProcuratorateIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        CaseOpened { ChildId: { } child } e => [new Published.ProcuratorateCaseOpened(e.CaseId, child, e.RegionCode, e.Source, e.ReferralId, e.PoliceCaseId, e.OpenedAt)],
        CaseClosed { ChildId: { } child } e => [new Published.ProcuratorateCaseClosed(e.CaseId, child, e.Outcome, e.ClosedAt)],

        SupervisionOrderIssued e => [new Published.SupervisionOrderIssued(e.OrderId, e.CaseId, e.ChildId, e.RegionCode, e.Guardians.Count,
            [.. e.Plan.Select(p => p.DueOn)], e.IssuedAt)],
        SupervisionOrderServed e => [new Published.SupervisionOrderServed(e.OrderId, e.CaseId, e.ChildId, e.Method, e.ServedOn, e.RecordedAt)],
        SupervisionCheckInRecorded e => [new Published.SupervisionOrderCheckInRecorded(e.OrderId, e.CaseId, e.ChildId, e.Sequence, e.CheckedOn, e.Evaluation, e.RecordedAt)],
        SupervisionCheckInOverdue e => [new Published.SupervisionOrderCheckInOverdue(e.OrderId, e.CaseId, e.ChildId, e.Sequence, e.DueOn, e.DetectedAt)],
        SupervisionOrderCompleted e => [new Published.SupervisionOrderCompleted(e.OrderId, e.CaseId, e.ChildId, e.CompletedAt)],
        SupervisionOrderEscalated e => [new Published.SupervisionOrderEscalated(e.OrderId, e.CaseId, e.ChildId, e.EscalatedTo, e.EscalatedAt)],

        RecommendationIssued { ChildId: { } child } e => [new Published.ProcuratorialRecommendationIssued(e.RecommendationId, e.CaseId, child, e.RegionCode,
            e.Urgent, e.ReplyDue, e.IssuedAt)],
        RecommendationReplyRecorded { ChildId: { } child } e => [new Published.ProcuratorialRecommendationReplyRecorded(e.RecommendationId, e.CaseId, child,
            e.ReceivedOn, e.Adequacy, e.Late, e.RecordedAt)],
        RecommendationReplyOverdue { ChildId: { } child } e => [new Published.ProcuratorialRecommendationReplyOverdue(e.RecommendationId, e.CaseId, child,
            e.ReplyDue, e.DetectedAt)],
        RecommendationEscalated { ChildId: { } child } e => [new Published.ProcuratorialRecommendationEscalated(e.RecommendationId, e.CaseId, child,
            e.EscalatedTo, e.EscalatedAt)],

        LawsuitSupportDecided e => [new Published.LawsuitSupported(e.LawsuitId, e.CaseId, e.ChildId, e.RegionCode, e.Mode, e.SupportedParty, e.Claim, e.DecidedAt)],
        SupportedLawsuitFiled e => [new Published.SupportedLawsuitFiled(e.LawsuitId, e.CaseId, e.ChildId, e.SupportedParty, e.Claim, e.CourtCaseReference,
            e.FiledOn, e.RecordedAt)],

        PublicInterestLitigationOpened { ChildId: { } child } e => [new Published.PublicInterestLitigationOpened(e.LitigationId, e.CaseId, child, e.RegionCode,
            e.Kind, e.Urgent, e.PeriodEndsOn, e.OpenedAt)],
        PublicInterestReplyRecorded { ChildId: { } child } e => [new Published.PublicInterestReplyRecorded(e.LitigationId, e.CaseId, child, e.ReceivedOn,
            e.Adequacy, e.RecordedAt)],
        PublicInterestPeriodEnded { ChildId: { } child } e => [new Published.PublicInterestPeriodEnded(e.LitigationId, e.CaseId, child, e.Kind,
            e.PeriodEndedOn, e.DetectedAt)],
        PublicInterestSuitFiled { ChildId: { } child } e => [new Published.PublicInterestLitigationFiled(e.LitigationId, e.CaseId, child, e.Kind,
            e.CourtCaseReference, e.FiledOn, e.RecordedAt)],
        PublicInterestLitigationClosed { ChildId: { } child } e => [new Published.PublicInterestLitigationClosed(e.LitigationId, e.CaseId, child, e.Reason,
            e.ClosedAt)],
        _ => [],
    };
}
