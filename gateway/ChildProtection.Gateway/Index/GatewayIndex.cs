using ChildProtection.Gateway.Console;
using ChildProtection.Gateway.DevTokens;
using ChildProtection.Gateway.Routing;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Gateway.Index;

/// <summary>The body of <c>GET /</c>: what this gateway serves, for people and scripts finding their way.</summary>
/// <param name="Name">The gateway's service name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Links">Health probes and, when enabled, the development token endpoint.</param>
/// <param name="Services">The routed services with their API prefix and gRPC services.</param>
public sealed record GatewayIndex(string Name, string Version, IReadOnlyDictionary<string, string> Links, IReadOnlyList<GatewayIndexService> Services);

/// <summary>One routed service in the <see cref="GatewayIndex"/>.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Api">Its API prefix, or null without an HTTP address.</param>
/// <param name="Grpc">The gRPC services passed through on the gRPC listener.</param>
public sealed record GatewayIndexService(string Name, string? Api, IReadOnlyList<string> Grpc);

/// <summary>Maps <c>GET /</c>: the index, or the web console's home page when <c>Web:Http</c> is set.</summary>
public static class GatewayIndexEndpoint
{
    /// <summary>Maps the anonymous index.</summary>
    public static WebApplication MapGatewayIndex(this WebApplication app)
    {
        var index = Build(app);
        // With a web console the root is the console's home page; the index stays for gateways without one.
        app.MapGet("/", (HttpContext context, WebConsoleTarget console) =>
            console.Address is null ? Task.FromResult<IResult>(TypedResults.Ok(index)) : WebConsole.ForwardAsync(context)).AllowAnonymous();
        return app;
    }

    private static GatewayIndex Build(WebApplication app)
    {
        var links = new Dictionary<string, string> { ["live"] = "/health/live", ["ready"] = "/health/ready" };
        if (DevTokenEndpoints.IsEnabled(app.Services))
        {
            links["devToken"] = DevTokenEndpoints.Path;
        }
        var services = ServiceEndpoint.ReadAll(app.Configuration)
            .Select(s => new GatewayIndexService(
                s.Name, s.Http is null ? null : $"/api/{s.Name}/", s.Grpc is null ? [] : s.GrpcServices))
            .ToList();
        return new GatewayIndex(
            ServiceIdentity.Name(app.Configuration, app.Environment), ServiceIdentity.Version, links, services);
    }
}
