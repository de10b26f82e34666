namespace ChildProtection.Deployment.Tests;

/// <summary>
/// The settings every process of the platform reads (the keys infra/local/services.sh gives each process),
/// checked the same way against docker-compose.yml and infra/k8s/.
/// </summary>
public static class PlatformSettings
{
    public static readonly string[] RabbitMq =
        ["RabbitMq__Host", "RabbitMq__Port", "RabbitMq__Username", "RabbitMq__Password", "RabbitMq__VirtualHost", "RabbitMq__ManagementUrl"];

    public static readonly string[] Auth = ["Auth__Mode", "Auth__SigningKey", "Auth__Issuer", "Auth__Audience"];

    /// <summary>
    /// Problems with one process's resolved environment (<paramref name="env"/>: name → value, a secret
    /// reference counting as a value). <paramref name="host"/> maps a service name to the host its peers use.
    /// </summary>
    public static IEnumerable<string> Check(string process, int http, int grpc, IReadOnlyDictionary<string, string> env,
        IReadOnlyList<ServiceRow> services, bool needsBackends, string otlpEndpoint)
    {
        string? Get(string key) => env.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

        if (Get("OTEL_SERVICE_NAME") != process)
            yield return $"{process}: OTEL_SERVICE_NAME is '{Get("OTEL_SERVICE_NAME")}', expected '{process}'";
        if (Get("OTEL_EXPORTER_OTLP_ENDPOINT") != otlpEndpoint)
            yield return $"{process}: OTEL_EXPORTER_OTLP_ENDPOINT is '{Get("OTEL_EXPORTER_OTLP_ENDPOINT")}', expected '{otlpEndpoint}'";
        if (Get("Kestrel__Endpoints__Http__Url") != $"http://0.0.0.0:{http}")
            yield return $"{process}: Kestrel__Endpoints__Http__Url is '{Get("Kestrel__Endpoints__Http__Url")}', expected http://0.0.0.0:{http}";
        if (Get("Kestrel__Endpoints__Grpc__Url") != $"http://0.0.0.0:{grpc}")
            yield return $"{process}: Kestrel__Endpoints__Grpc__Url is '{Get("Kestrel__Endpoints__Grpc__Url")}', expected http://0.0.0.0:{grpc}";
        if (Get("Kestrel__Endpoints__Grpc__Protocols") != "Http2")
            yield return $"{process}: Kestrel__Endpoints__Grpc__Protocols must be Http2 (gRPC is h2c)";
        foreach (var key in Auth.Where(k => Get(k) is null))
            yield return $"{process}: {key} is missing";

        foreach (var peer in services)
        {
            if (Get($"Services__{peer.Name}__Http") != $"http://{peer.Name}:{peer.HttpPort}")
                yield return $"{process}: Services__{peer.Name}__Http is '{Get($"Services__{peer.Name}__Http")}', expected http://{peer.Name}:{peer.HttpPort}";
            if (Get($"Services__{peer.Name}__Grpc") != $"http://{peer.Name}:{peer.GrpcPort}")
                yield return $"{process}: Services__{peer.Name}__Grpc is '{Get($"Services__{peer.Name}__Grpc")}', expected http://{peer.Name}:{peer.GrpcPort}";
        }
        var known = services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in env.Keys.Where(k => k.StartsWith("Services__", StringComparison.Ordinal)))
        {
            var name = key.Split("__")[1];
            if (!known.Contains(name))
                yield return $"{process}: {key} names a service that is not in infra/local/services.sh (or has no project)";
        }

        if (!needsBackends)
            yield break;
        var postgres = Get("ConnectionStrings__Postgres");
        if (postgres is null || !postgres.Contains("Host=", StringComparison.Ordinal) || !postgres.Contains("Database=", StringComparison.Ordinal))
            yield return $"{process}: ConnectionStrings__Postgres is missing or has no Host/Database: '{postgres}'";
        foreach (var key in RabbitMq.Where(k => Get(k) is null))
            yield return $"{process}: {key} is missing";
        if (process is "registry" or "reporting")
        {
            foreach (var key in new[] { "Privacy__EncryptionKey", "Privacy__BlindIndexKey" }.Where(k => Get(k) is null))
                yield return $"{process}: {key} is missing (fields at rest)";
        }
    }
}
