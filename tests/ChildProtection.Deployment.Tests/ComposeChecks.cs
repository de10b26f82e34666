namespace ChildProtection.Deployment.Tests;

/// <summary>What docker-compose.yml must say for the services of infra/local/services.sh.</summary>
public static class ComposeChecks
{
    public const string OtlpEndpoint = "http://otel-collector:4317";

    public static List<string> Check(Dictionary<object, object?> compose, IReadOnlyList<ServiceRow> services)
    {
        var problems = new List<string>();
        var entries = compose.Map("services") ?? [];

        foreach (var row in services)
        {
            if (entries.Map(row.Name) is not { } entry)
            {
                problems.Add($"{row.Name}: no entry in docker-compose.yml (run infra/local/compose-services.py)");
                continue;
            }
            if (!(entry.Seq("command") ?? []).Contains(row.ProjectPath))
                problems.Add($"{row.Name}: the command does not run {row.ProjectPath}");
            problems.AddRange(PlatformSettings.Check(row.Name, row.HttpPort, row.GrpcPort, entry.Map("environment").Strings(),
                services, needsBackends: true, OtlpEndpoint));
            problems.AddRange(CheckHealth(row.Name, row.HttpPort, entry));
            var deps = entry.Map("depends_on") ?? [];
            foreach (var dep in new[] { "build", "postgres", "rabbitmq", "otel-collector" }.Where(d => !deps.ContainsKey(d)))
                problems.Add($"{row.Name}: does not depend on {dep}");
        }

        if (entries.Map("gateway") is not { } gateway)
        {
            problems.Add("gateway: no entry in docker-compose.yml");
            return problems;
        }
        problems.AddRange(PlatformSettings.Check("gateway", Repo.GatewayHttpPort, Repo.GatewayGrpcPort, gateway.Map("environment").Strings(),
            services, needsBackends: false, OtlpEndpoint));
        problems.AddRange(CheckHealth("gateway", Repo.GatewayHttpPort, gateway));
        var gatewayDeps = gateway.Map("depends_on") ?? [];
        foreach (var row in services)
        {
            if (gatewayDeps.Map(row.Name).Str("condition") != "service_healthy")
                problems.Add($"gateway: does not wait for {row.Name} to be healthy");
        }
        if (!(gateway.Seq("ports") ?? []).Contains($"{Repo.GatewayHttpPort}:{Repo.GatewayHttpPort}"))
            problems.Add($"gateway: port {Repo.GatewayHttpPort} is not published");

        if (Repo.WebExists)
        {
            problems.AddRange(WebConsoleSettings.Check(gateway.Map("environment").Strings(), "http://web", OtlpEndpoint,
                entries.Map("web") is { } web ? web.Map("environment").Strings() : null));
            if (entries.Map("web") is { } webEntry)
            {
                if (!(webEntry.Seq("command") ?? []).Contains(Repo.WebProject))
                    problems.Add($"web: the command does not run {Repo.WebProject}");
                problems.AddRange(CheckHealth("web", Repo.WebHttpPort, webEntry));
                if (webEntry.Seq("ports") is { Count: > 0 })
                    problems.Add("web: publishes a port; people reach the console through the gateway only");
            }
        }

        foreach (var name in new[] { "otel-collector", "jaeger", "postgres", "rabbitmq" }.Where(n => !entries.ContainsKey(n)))
            problems.Add($"{name}: no entry in docker-compose.yml");
        if (!(entries.Map("otel-collector").Seq("volumes") ?? []).OfType<string>().Any(v => v.StartsWith("./infra/otel/collector.yaml:", StringComparison.Ordinal)))
            problems.Add("otel-collector: does not mount infra/otel/collector.yaml");
        return problems;
    }

    private static IEnumerable<string> CheckHealth(string name, int http, Dictionary<object, object?> entry)
    {
        var test = entry.Seq("healthcheck/test")?.OfType<string>().ToList() ?? [];
        if (!test.Contains($"http://127.0.0.1:{http}/health/ready"))
            yield return $"{name}: the health check does not probe http://127.0.0.1:{http}/health/ready";
    }
}
