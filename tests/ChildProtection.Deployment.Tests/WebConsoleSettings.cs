namespace ChildProtection.Deployment.Tests;

/// <summary>
/// What the web console and the gateway must say about each other, the same in docker-compose.yml and infra/k8s/ as in
/// infra/local/services.sh: the gateway forwards everything that is not its own to <c>Web__Http</c>; the console
/// calls the gateway back at <c>Gateway__Http</c>, listens on its own HTTP port and needs no database or broker.
/// </summary>
public static class WebConsoleSettings
{
    /// <param name="gateway">The gateway's resolved environment.</param>
    /// <param name="webHost">How peers reach the console: <c>http://web</c>.</param>
    /// <param name="web">The console's resolved environment, or null when it has no entry.</param>
    public static IEnumerable<string> Check(IReadOnlyDictionary<string, string> gateway, string webHost, string otlpEndpoint,
        IReadOnlyDictionary<string, string>? web)
    {
        var expected = $"{webHost}:{Repo.WebHttpPort}";
        if (gateway.GetValueOrDefault("Web__Http") != expected)
            yield return $"gateway: Web__Http is '{gateway.GetValueOrDefault("Web__Http")}', expected {expected} (the console at the gateway's root)";
        if (web is null)
        {
            yield return "web: no entry for the web console (run the generator)";
            yield break;
        }
        string? Get(string key) => web.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        if (Get("OTEL_SERVICE_NAME") != "web")
            yield return $"web: OTEL_SERVICE_NAME is '{Get("OTEL_SERVICE_NAME")}', expected 'web'";
        if (Get("OTEL_EXPORTER_OTLP_ENDPOINT") != otlpEndpoint)
            yield return $"web: OTEL_EXPORTER_OTLP_ENDPOINT is '{Get("OTEL_EXPORTER_OTLP_ENDPOINT")}', expected '{otlpEndpoint}'";
        if (Get("Kestrel__Endpoints__Http__Url") != $"http://0.0.0.0:{Repo.WebHttpPort}")
            yield return $"web: Kestrel__Endpoints__Http__Url is '{Get("Kestrel__Endpoints__Http__Url")}', expected http://0.0.0.0:{Repo.WebHttpPort}";
        if (Get("Gateway__Http") != $"http://gateway:{Repo.GatewayHttpPort}")
            yield return $"web: Gateway__Http is '{Get("Gateway__Http")}', expected http://gateway:{Repo.GatewayHttpPort}";
        if (Get("Auth__Mode") is null)
            yield return "web: Auth__Mode is missing";
        if (Get("ConnectionStrings__Postgres") is not null)
            yield return "web: has a database connection string; the console keeps no database";
    }
}
