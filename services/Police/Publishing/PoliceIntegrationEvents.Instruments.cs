using ChildProtection.Police.DomesticViolence;
using ChildProtection.Police.EmergencyPlacements;
using ChildProtection.Police.Recommendations;
using JasperFx.Events;
using Published = ChildProtection.Contracts.Police;

namespace ChildProtection.Police.Publishing;

public sealed partial class PoliceIntegrationEvents
{
    private static IEnumerable<object> MapOthers(IEvent stored) => stored.Data switch
    {
        RecommendationIssued e when e.ChildId is { } child => [new Published.RecommendationIssued(e.RecommendationId, e.CaseId, child, e.RegionCode,
            e.Unit, e.Failings, e.IssuedAt, e.ReplyDueAt, e.By)],
        RecommendationReplyRecorded e when e.ChildId is { } child => [new Published.RecommendationReplyRecorded(e.RecommendationId, child,
            e.RegionCode, e.RepliedOn, e.Late, e.RecordedAt)],
        RecommendationReplyOverdue e when e.ChildId is { } child => [new Published.RecommendationReplyOverdue(e.RecommendationId, child,
            e.RegionCode, e.Unit, e.ReplyDueAt, e.DetectedAt)],
        WarningIssued e when e.ChildId is { } child => [new Published.DomesticViolenceWarningIssued(e.WarningId, e.CaseId, child, e.RegionCode,
            e.Abuser.Relationship, e.ServedOnAbuserOn, e.ServedOnVictimOn, e.VillageCommitteeNotifiedOn, e.FollowUpVisitDates, e.IssuedAt, e.By)],
        PlacementRequested e => [
            new Published.EmergencyPlacementRequested(e.RequestId, e.CaseId, e.ChildId, e.RegionCode, e.Grounds, e.CivilAffairsUnit, e.RequestedAt, e.By),
            .. Milestone(e.CaseId, e.ChildId, e.RegionCode, "emergency-placement-requested",
                $"Police asked civil affairs to place the child ({string.Join(", ", e.Grounds)})", e.RequestedAt)],
        _ => [],
    };
}
