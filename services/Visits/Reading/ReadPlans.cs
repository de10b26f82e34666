using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Reading;

/// <summary><c>GET /api/visits/plans/{childId}</c> and <c>GET …/visits</c>, both with the plan's <c>ETag</c>; 404 outside the caller's region.</summary>
public static class ReadPlans
{
    public static RouteGroupBuilder MapReadPlans(this RouteGroupBuilder group)
    {
        group.MapGet("/{childId:guid}", async Task<IResult> (Guid childId, string? asOf, HttpContext http, StreamCommand cmd,
            VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            var (date, problem) = AsOf.From(asOf, clock);
            if (problem is not null) return problem;
            return await cmd.ReadAsync(http, childId, Plan.Kind, (plan, version) => PlanView.Of(plan, version, policies.For(plan.RegionCode), date), ct);
        }).RequireReader().WithName("ReadPlan");

        group.MapGet("/{childId:guid}/visits", (Guid childId, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, childId, PlanHistory.Kind, (history, _) => history.Visits
                .OrderByDescending(v => v.OccurredAt)
                .Select(v => new VisitView(v.VisitId, v.Kind, v.Mode, v.OccurredAt, v.Place, v.Seen, v.Findings, v.Notes, v.RecordedBy, v.RecordedAt))
                .ToList(), ct)).RequireReader().WithName("ReadVisits");
        return group;
    }
}
