namespace ChildProtection.Deployment.Tests;

/// <summary>What infra/k8s/ must say for the services of infra/local/services.sh.</summary>
public static class KubernetesChecks
{
    public const string OtlpEndpoint = "http://otel-collector:4317";
    public const string ReadyPath = "/health/ready";
    public const string LivePath = "/health/live";

    /// <summary>Secrets the operators create themselves (the RabbitMQ Cluster Operator's default user).</summary>
    private static readonly Dictionary<string, string[]> OperatorSecrets = new(StringComparer.Ordinal)
    {
        ["childprotection-rabbitmq-default-user"] = ["username", "password", "host", "port"],
    };

    public static List<string> Check(KubernetesManifests k8s, IReadOnlyList<ServiceRow> services)
    {
        var problems = new List<string>();
        foreach (var row in services)
        {
            problems.AddRange(CheckComponent(k8s, row.Name, row.HttpPort, row.GrpcPort, services, needsBackends: true));
        }
        problems.AddRange(CheckComponent(k8s, "gateway", Repo.GatewayHttpPort, Repo.GatewayGrpcPort, services, needsBackends: false));
        if (Repo.WebExists) problems.AddRange(CheckWebConsole(k8s));
        return problems;
    }

    /// <summary>The console: one replica (sessions and circuits in memory), HTTP only, probed, reached through the gateway.</summary>
    private static IEnumerable<string> CheckWebConsole(KubernetesManifests k8s)
    {
        var gateway = Environment(k8s, "gateway");
        if (k8s.Find("Deployment", "web") is not { } deployment)
        {
            yield return "web: no Deployment in infra/k8s (run infra/k8s/generate.py)";
            yield break;
        }
        foreach (var problem in WebConsoleSettings.Check(gateway ?? [], "http://web", OtlpEndpoint, Environment(k8s, "web")))
            yield return problem;
        if (deployment.Str("spec/replicas") != "1")
            yield return "web: must run one replica (its users' sessions and circuits are in memory)";
        var container = deployment.Seq("spec/template/spec/containers")?.FirstOrDefault().Map();
        var ports = (container.Seq("ports") ?? []).Select(p => p.Map()).ToDictionary(p => p.Str("name") ?? "", p => p.Str("containerPort"));
        if (ports.GetValueOrDefault("http") != Repo.WebHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            yield return $"web: container port 'http' is {ports.GetValueOrDefault("http")}, expected {Repo.WebHttpPort}";
        foreach (var (probe, path) in new[] { ("readinessProbe", ReadyPath), ("livenessProbe", LivePath) })
        {
            if (container.Map($"{probe}/httpGet").Str("path") != path)
                yield return $"web: {probe} is not GET {path}";
        }
        foreach (var entry in container.Seq("env") ?? [])
        {
            if (entry.Map("valueFrom/secretKeyRef") is { } secretRef && !SecretHasKey(k8s, secretRef.Str("name") ?? "", secretRef.Str("key") ?? ""))
                yield return $"web: {entry.Str("name")} reads a Secret key no manifest provides";
        }
        var service = k8s.Find("Service", "web");
        if ((service.Seq("spec/ports") ?? []).Select(p => p.Map()).All(p => p.Str("port") != Repo.WebHttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            yield return $"web: no Service exposing port {Repo.WebHttpPort} (the gateway calls http://web:{Repo.WebHttpPort})";
    }

    /// <summary>A Deployment's first container's environment: its ConfigMaps, then its own entries (secrets as references).</summary>
    private static Dictionary<string, string>? Environment(KubernetesManifests k8s, string name)
    {
        var container = k8s.Find("Deployment", name)?.Seq("spec/template/spec/containers")?.FirstOrDefault().Map();
        if (container is null) return null;
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in container.Seq("envFrom") ?? [])
        {
            if (source.Str("configMapRef/name") is { } map && k8s.Find("ConfigMap", map) is { } configMap)
                foreach (var (key, value) in configMap.Map("data").Strings()) env[key] = value;
        }
        foreach (var entry in container.Seq("env") ?? [])
        {
            var key = entry.Str("name") ?? "";
            env[key] = entry.Str("value") ?? (entry.Map("valueFrom/secretKeyRef") is { } s ? $"secret:{s.Str("name")}/{s.Str("key")}" : "");
        }
        return env;
    }

    private static IEnumerable<string> CheckComponent(KubernetesManifests k8s, string name, int http, int grpc,
        IReadOnlyList<ServiceRow> services, bool needsBackends)
    {
        if (k8s.Find("Deployment", name) is not { } deployment)
        {
            yield return $"{name}: no Deployment in infra/k8s (run infra/k8s/generate.py)";
            yield break;
        }
        var podLabels = deployment.Map("spec/template/metadata/labels").Strings();
        var container = deployment.Seq("spec/template/spec/containers")?.FirstOrDefault().Map();
        if (container is null)
        {
            yield return $"{name}: the Deployment has no container";
            yield break;
        }

        var ports = (container.Seq("ports") ?? []).Select(p => p.Map()).ToDictionary(p => p.Str("name") ?? "", p => p.Str("containerPort"));
        if (ports.GetValueOrDefault("http") != http.ToString(System.Globalization.CultureInfo.InvariantCulture))
            yield return $"{name}: container port 'http' is {ports.GetValueOrDefault("http")}, expected {http}";
        if (ports.GetValueOrDefault("grpc") != grpc.ToString(System.Globalization.CultureInfo.InvariantCulture))
            yield return $"{name}: container port 'grpc' is {ports.GetValueOrDefault("grpc")}, expected {grpc}";

        foreach (var (probe, path) in new[] { ("readinessProbe", ReadyPath), ("livenessProbe", LivePath) })
        {
            var get = container.Map($"{probe}/httpGet");
            if (get.Str("path") != path || (get.Str("port") != "http" && get.Str("port") != http.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                yield return $"{name}: {probe} is not GET {path} on the HTTP port";
        }

        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in container.Seq("envFrom") ?? [])
        {
            var configMap = source.Str("configMapRef/name");
            if (configMap is null || k8s.Find("ConfigMap", configMap) is not { } map)
            {
                yield return $"{name}: envFrom names a ConfigMap that does not exist: {configMap}";
                continue;
            }
            foreach (var (key, value) in map.Map("data").Strings()) env[key] = value;
        }
        foreach (var entry in container.Seq("env") ?? [])
        {
            var key = entry.Str("name") ?? "";
            if (entry.Str("value") is { } value)
            {
                env[key] = value;
            }
            else if (entry.Map("valueFrom/secretKeyRef") is { } secretRef)
            {
                var secret = secretRef.Str("name") ?? "";
                var secretKey = secretRef.Str("key") ?? "";
                if (!SecretHasKey(k8s, secret, secretKey))
                    yield return $"{name}: {key} reads key '{secretKey}' of Secret '{secret}', which no manifest or operator provides";
                env[key] = $"secret:{secret}/{secretKey}";
            }
            else
            {
                yield return $"{name}: {key} has neither a value nor a secretKeyRef";
            }
        }
        foreach (var problem in PlatformSettings.Check(name, http, grpc, env, services, needsBackends, OtlpEndpoint))
            yield return problem;

        if (needsBackends)
        {
            foreach (var problem in CheckDatabase(k8s, name, env.GetValueOrDefault("ConnectionStrings__Postgres") ?? ""))
                yield return problem;
        }

        if (k8s.Find("Service", name) is not { } service)
        {
            yield return $"{name}: no Service";
        }
        else
        {
            var servicePorts = (service.Seq("spec/ports") ?? []).Select(p => p.Map()).ToDictionary(p => p.Str("name") ?? "", p => p.Str("port"));
            if (servicePorts.GetValueOrDefault("http") != http.ToString(System.Globalization.CultureInfo.InvariantCulture)
                || servicePorts.GetValueOrDefault("grpc") != grpc.ToString(System.Globalization.CultureInfo.InvariantCulture))
                yield return $"{name}: the Service does not expose http {http} and grpc {grpc} (peers call http://{name}:{http})";
            if (!Selects(service.Map("spec/selector").Strings(), podLabels))
                yield return $"{name}: the Service's selector does not select the Deployment's pods";
        }

        var hpa = k8s.Find("HorizontalPodAutoscaler", name);
        if (hpa.Str("spec/scaleTargetRef/kind") != "Deployment" || hpa.Str("spec/scaleTargetRef/name") != name)
            yield return $"{name}: no HorizontalPodAutoscaler scaling the Deployment";
        else if (!int.TryParse(hpa.Str("spec/minReplicas"), out var min) || min < 2)
            yield return $"{name}: the HorizontalPodAutoscaler must keep at least 2 replicas";

        var pdb = k8s.Find("PodDisruptionBudget", name);
        if (pdb is null || !Selects(pdb.Map("spec/selector/matchLabels").Strings(), podLabels))
            yield return $"{name}: no PodDisruptionBudget selecting the Deployment's pods";
    }

    private static IEnumerable<string> CheckDatabase(KubernetesManifests k8s, string name, string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var host = parts.GetValueOrDefault("Host") ?? "";
        var database = parts.GetValueOrDefault("Database");
        var user = parts.GetValueOrDefault("Username");
        var cluster = k8s.Resources.FirstOrDefault(r => r.Kind == "Cluster" && host == r.Name + "-rw");
        if (cluster is null)
        {
            yield return $"{name}: ConnectionStrings__Postgres host '{host}' is not a CloudNativePG Cluster's -rw service";
            yield break;
        }
        var db = k8s.Resources.FirstOrDefault(r => r.Kind == "Database" && r.Body.Str("spec/name") == database
            && r.Body.Str("spec/cluster/name") == cluster.Name);
        if (db is null)
            yield return $"{name}: no CloudNativePG Database '{database}' on {cluster.Name}";
        else if (db.Body.Str("spec/owner") != user)
            yield return $"{name}: database '{database}' is not owned by the role it connects as ('{user}')";
        var role = (cluster.Body.Seq("spec/managed/roles") ?? []).FirstOrDefault(r => r.Str("name") == user);
        if (role is null)
            yield return $"{name}: role '{user}' is not managed by {cluster.Name}";
        else if (!SecretHasKey(k8s, role.Str("passwordSecret/name") ?? "", "password"))
            yield return $"{name}: role '{user}' has no password Secret";
    }

    public static bool SecretHasKey(KubernetesManifests k8s, string secret, string key)
    {
        if (OperatorSecrets.TryGetValue(secret, out var keys))
            return keys.Contains(key);
        var body = k8s.Find("Secret", secret);
        return body is not null && ((body.Map("stringData")?.ContainsKey(key) ?? false) || (body.Map("data")?.ContainsKey(key) ?? false));
    }

    private static bool Selects(Dictionary<string, string> selector, Dictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value);
}
