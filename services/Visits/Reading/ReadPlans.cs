using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Reading;

/// <summary><c>GET /api/visits/plans/{childId}</c> (with <c>ETag</c>) and <c>GET …/visits</c>.</summary>
public static class ReadPlans
{
    public static RouteGroupBuilder MapReadPlans(this RouteGroupBuilder group)
    {
        group.MapGet("/{childId:guid}", async Task<IResult> (Guid childId, string? asOf, HttpContext http, PostgresEventStore store,
            VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            var (date, problem) = AsOf.From(asOf, clock);
            if (problem is not null) return problem;
            var (plan, version) = await store.AggregateStreamAsync<Plan?>(childId, null, Plan.Evolve, ct);
            if (plan is null || !Caller.From(http.User).CanSee(plan.RegionCode)) return Problems.NotFound("No visit plan for this child in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(version);
            return TypedResults.Ok(PlanView.Of(plan, version, policies.For(plan.RegionCode), date));
        }).RequireReader().WithName("ReadPlan");

        group.MapGet("/{childId:guid}/visits", async Task<IResult> (Guid childId, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
        {
            var events = await store.FetchStreamAsync(childId, ct);
            var plan = events.Aggregate((Plan?)null, (p, e) => Plan.Evolve(p, e.Data));
            if (plan is null || !Caller.From(http.User).CanSee(plan.RegionCode)) return Problems.NotFound("No visit plan for this child in your jurisdiction.");
            var visits = events.Select(e => e.Data).OfType<VisitRecorded>()
                .OrderByDescending(v => v.OccurredAt)
                .Select(v => new VisitView(v.VisitId, v.Kind, v.Mode, v.OccurredAt, v.Place, v.Seen, v.Findings, v.Notes, v.RecordedBy, v.RecordedAt))
                .ToList();
            return TypedResults.Ok(visits);
        }).RequireReader().WithName("ReadVisits");
        return group;
    }
}
