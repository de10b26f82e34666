using ChildProtection.Gateway.Limits;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace ChildProtection.Gateway.Routing;

/// <summary>Registration of the gateway's reverse proxy.</summary>
public static class RoutingExtensions
{
    /// <summary>
    /// Adds YARP with routes built from <c>Services:*</c> when the container is built (so configuration
    /// added by a host or test after <c>CreateBuilder</c> counts) and the per-listener route matching.
    /// </summary>
    public static WebApplicationBuilder AddGatewayRouting(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy();
        builder.Services.AddSingleton<IProxyConfigProvider>(services =>
        {
            var limits = services.GetRequiredService<IOptions<GatewayLimitsOptions>>().Value;
            var (routes, clusters) = GatewayProxyConfig.Build(ServiceEndpoint.ReadAll(services.GetRequiredService<IConfiguration>()),
                TimeSpan.FromSeconds(limits.UpstreamTimeoutSeconds));
            return new InMemoryConfigProvider(routes, clusters);
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ListenerMatcherPolicy>());
        return builder;
    }
}
