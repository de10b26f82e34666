using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Yarp.ReverseProxy.Model;

namespace ChildProtection.Gateway.Routing;

/// <summary>
/// Keeps each proxy route on its own listener: gRPC routes answer only on the gRPC port, API routes only on
/// the HTTP port. Matches the connection's local port, which (unlike the Host header) a client cannot choose.
/// </summary>
internal sealed class ListenerMatcherPolicy(IConfiguration configuration) : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(e => ListenerOf(e) is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i)
                && ListenerOf(candidates[i].Endpoint) is { } listener
                && Listeners.PortOf(configuration, listener) is { } port
                && httpContext.Connection.LocalPort != port)
            {
                candidates.SetValidity(i, false);
            }
        }
        return Task.CompletedTask;
    }

    private static string? ListenerOf(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata?.GetValueOrDefault(Listeners.MetadataKey);
}
