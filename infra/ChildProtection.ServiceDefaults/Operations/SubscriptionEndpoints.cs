using ChildProtection.EventStore.Projections;
using ChildProtection.EventStore.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChildProtection.ServiceDefaults;

/// <summary>Operator endpoints for the event store's subscriptions: lag of the outbox and projections, rebuilds.</summary>
public static class SubscriptionEndpoints
{
    /// <summary>
    /// Maps <c>GET /ops/subscriptions</c> (events behind and age of the oldest, per subscription) and
    /// <c>POST /ops/projections/{name}/rebuild</c> (wipe and replay from zero). Role <c>operator</c> only.
    /// </summary>
    public static IEndpointRouteBuilder MapSubscriptionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var ops = endpoints.MapGroup("/ops").RequireAuthorization(Policies.Role(Roles.Operator));
        ops.MapGet("/subscriptions", async Task<Ok<IReadOnlyList<SubscriptionLag>>> (ProjectionAdmin admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.LagAsync(ct)));
        ops.MapPost("/projections/{name}/rebuild", async Task<Results<Accepted, ProblemHttpResult>> (string name, ProjectionAdmin admin, CancellationToken ct) =>
        {
            if (!admin.Names.Contains(name)) return Problems.NotFound($"No projection named '{name}'.");
            await admin.RebuildAsync(name, ct);
            return TypedResults.Accepted($"/ops/subscriptions");
        });
        return endpoints;
    }
}
