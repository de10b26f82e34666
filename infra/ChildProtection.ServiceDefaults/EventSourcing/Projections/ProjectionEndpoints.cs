using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace ChildProtection.ServiceDefaults.EventSourcing.Projections;

/// <summary>Operators' view of the service's projections and outbox, and the rebuild of a projection from zero.</summary>
public static class ProjectionEndpoints
{
    /// <summary>
    /// <c>GET /api/{service}/operations/projections</c> (each projection's and the outbox's position and lag) and
    /// <c>POST /api/{service}/operations/projections/{name}/rebuild</c> (202: started; 404 unknown; 409 another instance runs it
    /// or a rebuild runs). Role <c>operator</c> only; no personal data.
    /// </summary>
    public static IEndpointRouteBuilder MapProjectionOperations(this IEndpointRouteBuilder endpoints, string service)
    {
        var path = $"/api/{service}/operations/projections";
        endpoints.MapGet(path, async Task<Ok<IReadOnlyList<ProjectionStatus>>> (ProjectionOperations operations, CancellationToken ct) =>
            TypedResults.Ok(await operations.StatusAsync(ct)))
            .RequireAuthorization(Policies.Role(Roles.Operator))
            .WithName($"{service}ProjectionStatus");
        endpoints.MapPost(path + "/{name}/rebuild", Results<Accepted, ProblemHttpResult> (string name, ProjectionOperations operations) =>
        {
            if (!operations.Rebuildable.Contains(name)) return Problems.NotFound($"No projection named '{name}' can be rebuilt here.");
            return operations.TryStartRebuild(name, out var reason)
                ? TypedResults.Accepted(path)
                : Problems.Conflict(reason);
        })
        .RequireAuthorization(Policies.Role(Roles.Operator))
        .WithName($"{service}RebuildProjection");
        return endpoints;
    }
}
