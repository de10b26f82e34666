using System.Text.RegularExpressions;

namespace ChildProtection.Gateway.Routing;

/// <summary>
/// One backend service as configured under <c>Services:{name}</c>: its HTTP API address, its gRPC
/// (h2c) address and the fully qualified gRPC services it serves.
/// </summary>
/// <param name="Name">The service name, also its API prefix: <c>/api/{name}/</c>.</param>
/// <param name="Http"><c>Services:{name}:Http</c>, or null when the service has no HTTP API.</param>
/// <param name="Grpc"><c>Services:{name}:Grpc</c>, or null when the service serves no gRPC.</param>
/// <param name="GrpcServices"><c>Services:{name}:GrpcServices</c>, e.g. <c>registry.v1.ChildDirectory</c>.</param>
public sealed partial record ServiceEndpoint(string Name, Uri? Http, Uri? Grpc, IReadOnlyList<string> GrpcServices)
{
    // YARP cannot route "registry.v1.*" prefixes, so each gRPC service is listed; these are the defaults.
    private static readonly Dictionary<string, string[]> DefaultGrpcServices = new(StringComparer.Ordinal)
    {
        ["registry"] = ["registry.v1.ChildDirectory"],
    };

    /// <summary>Reads every well-formed <c>Services:*</c> entry that has an HTTP or gRPC address.</summary>
    public static IReadOnlyList<ServiceEndpoint> ReadAll(IConfiguration configuration) =>
    [
        .. configuration.GetSection("Services").GetChildren()
            .Where(section => ServiceName().IsMatch(section.Key))
            .Select(Read)
            .Where(service => service.Http is not null || service.Grpc is not null)
            .OrderBy(service => service.Name, StringComparer.Ordinal),
    ];

    private static ServiceEndpoint Read(IConfigurationSection section)
    {
        var configured = section.GetSection("GrpcServices").Get<string[]>();
        var grpcServices = configured ?? DefaultGrpcServices.GetValueOrDefault(section.Key) ?? [];
        return new ServiceEndpoint(
            section.Key,
            AbsoluteUri(section["Http"]),
            AbsoluteUri(section["Grpc"]),
            [.. grpcServices.Where(name => GrpcServiceName().IsMatch(name))]);
    }

    private static Uri? AbsoluteUri(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex ServiceName();

    // package.Service, e.g. registry.v1.ChildDirectory: letters, digits, underscores and dots.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")]
    private static partial Regex GrpcServiceName();
}
