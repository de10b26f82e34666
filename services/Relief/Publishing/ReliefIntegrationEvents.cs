using ChildProtection.Relief.Entitlements;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using Published = ChildProtection.Contracts.Relief;

namespace ChildProtection.Relief.Publishing;

/// <summary>What Relief tells other services (all child-related: they land in the child's file). Resumptions and reviews stay private.</summary>
public sealed class ReliefIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        CaseOpened e => [new Published.ReliefCaseOpened(e.CaseId, e.ChildId, e.RegionCode, e.Programme, e.Origin, e.Reasons, e.MissingEvidence, e.OpenedAt)],
        CaseVerified e => [new Published.ReliefCaseVerified(e.CaseId, e.ChildId, e.RegionCode, e.Programme, e.VerifiedBy, e.VerifiedAt)],
        CaseConfirmed e => [new Published.ReliefCaseConfirmed(e.CaseId, e.ChildId, e.RegionCode, e.Programme, e.ConfirmedBy, e.ConfirmedAt)],
        CaseRejected e => [new Published.ReliefCaseRejected(e.CaseId, e.ChildId, e.RegionCode, e.Programme, e.Reasons, e.RejectedBy, e.RejectedAt)],
        EntitlementStarted e => [new Published.ReliefEntitlementStarted(e.EntitlementId, e.ChildId, e.RegionCode, e.Programme, e.StartMonth,
            e.MonthlyYuan, e.NextReviewDue, e.StartedAt)],
        EntitlementSuspended e => [new Published.ReliefEntitlementSuspended(e.EntitlementId, e.ChildId, e.RegionCode, e.Programme, e.FromMonth,
            e.Reason, e.SuspendedBy, e.SuspendedAt)],
        EntitlementTerminated e => [new Published.ReliefEntitlementTerminated(e.EntitlementId, e.ChildId, e.RegionCode, e.Programme,
            e.EffectiveMonth, e.Reason, e.TerminatedBy, e.TerminatedAt)],
        TerminationProposed e => [new Published.ReliefTerminationProposed(e.EntitlementId, e.ChildId, e.RegionCode, e.Programme, e.ChangedOn,
            e.EffectiveMonth, e.Reasons, e.ProposedAt)],
        ReviewWentOverdue e => [new Published.ReliefReviewOverdue(e.EntitlementId, e.ChildId, e.RegionCode, e.Programme, e.DueOn, e.DetectedAt)],
        _ => [],
    };
}
