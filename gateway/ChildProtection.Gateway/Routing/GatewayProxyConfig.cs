using System.Net;
using ChildProtection.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace ChildProtection.Gateway.Routing;

/// <summary>
/// Builds YARP's routes and clusters from <c>Services:*</c>. Every route requires an authenticated caller;
/// the Authorization header travels on unchanged so the service validates the same token again.
/// </summary>
public static class GatewayProxyConfig
{
    /// <summary>
    /// For each service with an HTTP address: <c>/api/{name}/{**rest}</c> → cluster <c>{name}-http</c>, path
    /// kept. For each with a gRPC address: <c>/{package.Service}/{**method}</c> per listed gRPC service →
    /// cluster <c>{name}-grpc</c> over HTTP/2 only (h2c). An upstream silent for <paramref name="upstreamTimeout"/>
    /// (no response bytes; for a stream, no message) is cut off with 504 (YARP's activity timeout).
    /// </summary>
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IReadOnlyList<ServiceEndpoint> services,
        TimeSpan upstreamTimeout)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in services)
        {
            if (service.Http is { } http)
            {
                var cluster = $"{service.Name}-http";
                clusters.Add(Cluster(cluster, http, new ForwarderRequestConfig { ActivityTimeout = upstreamTimeout }));
                routes.Add(Route($"{service.Name}-api", cluster, $"/api/{service.Name}/{{**rest}}", Listeners.Http));
            }
            if (service.Grpc is { } grpc && service.GrpcServices.Count > 0)
            {
                var cluster = $"{service.Name}-grpc";
                clusters.Add(Cluster(cluster, grpc, new ForwarderRequestConfig
                {
                    Version = HttpVersion.Version20,
                    VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                    ActivityTimeout = upstreamTimeout,
                }));
                routes.AddRange(service.GrpcServices.Select(grpcService =>
                    Route($"{service.Name}-grpc-{grpcService}", cluster, $"/{grpcService}/{{**method}}", Listeners.Grpc)));
            }
        }
        return (routes, clusters);
    }

    private static RouteConfig Route(string id, string cluster, string path, string listener) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = path },
        AuthorizationPolicy = Policies.Default,
        Metadata = new Dictionary<string, string> { [Listeners.MetadataKey] = listener },
    };

    // No session affinity: every service instance is stateless, so any of them may answer any request.
    private static ClusterConfig Cluster(string id, Uri address, ForwarderRequestConfig request) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address.ToString() } },
        HttpRequest = request,
    };
}
