using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Recording;

/// <summary>What recording answers: the visit's id, the escalations it raised (stored event names) and the plan after it.</summary>
public sealed record VisitRecordedView(Guid VisitId, Guid ChildId, IReadOnlyList<string> Escalations, PlanView Plan);

/// <summary>
/// <c>POST /api/visits/plans/{childId}/visits</c>: a visit is added to the child's plan, so <c>If-Match</c> is optional (with it a
/// stale plan is 409); 201 with the visit's id, its escalations and the plan after it. A child with no open plan is 400 <c>childId</c>.
/// </summary>
public static class RecordVisitEndpoints
{
    private const string NotInScope = "The child is not in scope of visits (no open visit plan: not in any category).";

    public static RouteGroupBuilder MapRecordVisit(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/visits", async Task<IResult> (Guid childId, RecordVisitInput input, HttpContext http, StreamCommand cmd,
            VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            var (visit, errors) = RecordVisit.Validate(input, clock.GetUtcNow());
            if (visit is null) return Problems.Validation(errors);

            var visitId = Guid.CreateVersion7();
            var recordedBy = Caller.From(http.User).User;
            Decision? decided = null;
            Moment at = default;
            return await cmd.AddAsync(http, childId, Plan.Kind,
                (plan, m) =>
                {
                    at = m;
                    decided = InScope(RecordVisit.Decide(new RecordVisit(visitId, visit, recordedBy, policies.For(plan.RegionCode), m), plan));
                    return decided;
                },
                (plan, version) => new VisitRecordedView(visitId, childId, Escalations(decided),
                    PlanView.Of(plan, version, policies.For(plan.RegionCode), at.Today)),
                $"/api/visits/plans/{childId}/visits/{visitId}", ct,
                missing: Problems.Validation("childId", NotInScope));
        }).RequireRecorder().WithName("RecordVisit");
        return group;
    }

    /// <summary>The HTTP contract: a visit to a child out of scope (a closed plan) is a 400 on <c>childId</c>, not a 409.</summary>
    private static Decision InScope(Decision decision) =>
        decision is Decision.Rejected ? Decision.Refuse(new Dictionary<string, string[]> { ["childId"] = [NotInScope] }) : decision;

    /// <summary>The escalations a visit raised: every event decided after the visit itself, by its stored name.</summary>
    private static IReadOnlyList<string> Escalations(Decision? decided) =>
        decided is Decision.Accepted accepted ? [.. accepted.Events.Skip(1).Select(PlanEventTypes.NameOf)] : [];
}
