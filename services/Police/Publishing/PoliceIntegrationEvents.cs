using ChildProtection.Police.Admonitions;
using ChildProtection.Police.Cases;
using ChildProtection.Police.GuidanceOrders;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using JasperFx.Events;
using Published = ChildProtection.Contracts.Police;

namespace ChildProtection.Police.Publishing;

/// <summary>
/// What the police tell other services. Never a name: guardians appear by relationship only. Child-file contracts
/// go out only for a case that names its registered child.
/// </summary>
public sealed partial class PoliceIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data switch
    {
        CaseOpened e => [
            new Published.PoliceCaseOpened(e.CaseId, e.ReportId, e.RoutingId, e.ChildId, e.RegionCode, e.Kind, e.OpenedAt),
            .. Milestone(e.CaseId, e.ChildId, e.RegionCode, "opened", OpenedSummary(e), e.OpenedAt)],
        CaseKindDecided e => Milestone(e.CaseId, e.ChildId, e.RegionCode, "classified", $"Police case classified as {e.Kind}", e.DecidedAt),
        CaseReferredToProcuratorate e => [
            new Published.PoliceCaseReferredToProcuratorate(e.ReferralId, e.CaseId, e.ChildId, e.RegionCode, e.Grounds, e.Summary, e.ReferredAt, e.By),
            .. Milestone(e.CaseId, e.ChildId, e.RegionCode, "referred-to-procuratorate",
                $"Police case referred to the procuratorate ({string.Join(", ", e.Grounds)})", e.ReferredAt)],
        CaseTransferred e => [
            new Published.PoliceCaseOutcomeRecorded(e.CaseId, e.ReportId, e.RoutingId, e.ChildId, CaseOutcomes.Transferred,
                CaseOutcomes.SummaryOf(CaseOutcomes.Transferred), e.TransferredAt),
            .. Milestone(e.CaseId, e.ChildId, e.RegionCode, "transferred", "Police case transferred to another unit", e.TransferredAt)],
        CaseClosed e => [
            new Published.PoliceCaseOutcomeRecorded(e.CaseId, e.ReportId, e.RoutingId, e.ChildId, e.Outcome, e.Summary, e.ClosedAt),
            .. Milestone(e.CaseId, e.ChildId, e.RegionCode, "closed", $"Police case closed: {e.Outcome}", e.ClosedAt)],
        GuardianAdmonished e when e.ChildId is { } child => [new Published.GuardianAdmonished(e.AdmonitionId, e.CaseId, child, e.RegionCode,
            e.Guardian.Relationship, e.Grounds, e.AdmonishedAt, e.By)],
        GuidanceOrdered e when e.ChildId is { } child => [new Published.FamilyEducationGuidanceOrdered(e.OrderId, e.CaseId, e.AdmonitionId, child,
            e.RegionCode, e.Guardian.Relationship, e.Provider, e.Sessions, e.DueOn, e.OrderedAt, e.By)],
        GuidanceCompleted e when e.ChildId is { } child => [new Published.FamilyEducationGuidanceCompleted(e.OrderId, child, e.RegionCode,
            e.SessionsAttended, e.CompletedOn, e.RecordedAt)],
        GuidanceRefused e when e.ChildId is { } child => [new Published.FamilyEducationGuidanceRefused(e.OrderId, e.CaseId, child,
            e.RegionCode, e.RefusedOn, e.RecordedAt)],
        GuidanceRefusalReferredToCourt e when e.ChildId is { } child => [new Published.FamilyEducationGuidanceRefusalReferredToCourt(e.OrderId,
            e.CaseId, child, e.RegionCode, e.Court, e.ReferredAt, e.By)],
        GuidanceOverdue e when e.ChildId is { } child => [new Published.FamilyEducationGuidanceOverdue(e.OrderId, child, e.RegionCode, e.DueOn,
            e.DetectedAt)],
        _ => MapOthers(stored),
    };

    private static IEnumerable<object> Milestone(Guid caseId, Guid? childId, string region, string milestone, string summary, DateTimeOffset at) =>
        childId is { } child ? [new Published.PoliceCaseMilestoneRecorded(caseId, child, region, milestone, summary, at)] : [];

    private static string OpenedSummary(CaseOpened e) => e.Source switch
    {
        CaseSources.MandatoryReport => "Police case opened from a mandatory report",
        CaseSources.VillageCommittee => "Police case opened on the village committee's report of a guardian failing the child",
        _ => "Police case opened",
    };

}
