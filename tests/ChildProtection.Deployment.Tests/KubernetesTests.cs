namespace ChildProtection.Deployment.Tests;

public sealed class KubernetesTests
{
    private static readonly KubernetesManifests K8s = KubernetesManifests.Load();

    [Fact]
    public void Every_service_and_the_gateway_have_a_deployment_service_autoscaler_and_disruption_budget()
    {
        var problems = KubernetesChecks.Check(K8s, Repo.Services);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_and_only_existing_ones()
    {
        var kustomization = Yaml.Single(K8s.Files["kustomization.yaml"]);
        var listed = (kustomization.Seq("resources") ?? []).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var present = K8s.Files.Keys.Where(f => f != "kustomization.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(present, listed);
        Assert.Equal("childprotection", kustomization.Str("namespace"));
    }

    [Fact]
    public void Every_resource_has_an_api_version_a_kind_and_a_unique_name()
    {
        Assert.All(K8s.Resources, r => Assert.False(string.IsNullOrEmpty(r.Body.Str("apiVersion")), $"{r.File}: {r.Kind} {r.Name} has no apiVersion"));
        Assert.All(K8s.Resources, r => Assert.False(string.IsNullOrEmpty(r.Name), $"{r.File}: a {r.Kind} without a name"));
        var duplicates = K8s.Resources.GroupBy(r => (r.Kind, r.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void RabbitMq_is_a_three_node_cluster_with_quorum_queues_by_default()
    {
        var rabbit = K8s.Resources.Single(r => r.Kind == "RabbitmqCluster");
        Assert.Equal("rabbitmq.com/v1beta1", rabbit.Body.Str("apiVersion"));
        Assert.Equal("3", rabbit.Body.Str("spec/replicas"));
        Assert.Contains("default_queue_type = quorum", rabbit.Body.Str("spec/rabbitmq/additionalConfig"), StringComparison.Ordinal);
        Assert.Equal("childprotection-rabbitmq", rabbit.Name);
    }

    [Fact]
    public void PostgreSQL_is_a_CloudNativePG_cluster_with_one_database_and_role_per_service()
    {
        var cluster = K8s.Resources.Single(r => r.Kind == "Cluster");
        Assert.Equal("postgresql.cnpg.io/v1", cluster.Body.Str("apiVersion"));
        Assert.True(int.Parse(cluster.Body.Str("spec/instances")!, System.Globalization.CultureInfo.InvariantCulture) >= 3);
        var databases = K8s.Resources.Where(r => r.Kind == "Database").Select(r => r.Body.Str("spec/name")).Order(StringComparer.Ordinal);
        Assert.Equal(Repo.Services.Select(s => s.Name).Order(StringComparer.Ordinal), databases);
    }

    [Fact]
    public void The_audit_log_job_provisions_every_service_database_with_the_audit_sql_of_infra_sql()
    {
        var sql = K8s.Resources.Single(r => r.Kind == "ConfigMap" && r.Name == "audit-sql");
        Assert.Equal(Repo.Read("infra/sql/audit.sql"), sql.Body.Str("data/audit.sql")); // stale copy: run infra/k8s/generate.py

        var job = K8s.Resources.Single(r => r.Kind == "Job" && r.Name == "audit-log");
        var container = job.Body.Seq("spec/template/spec/containers")!.Single().Map()!;
        var env = (container.Seq("env") ?? []).Select(e => e.Map()!).ToDictionary(e => e.Str("name")!);
        Assert.Equal(Repo.Services.Select(s => s.Name), env["SERVICE_DATABASES"].Str("value")!.Split(' '));
        Assert.Equal("childprotection-pg-superuser", env["PGPASSWORD"].Str("valueFrom/secretKeyRef/name"));
        var script = string.Join("\n", (container.Seq("command") ?? []).OfType<string>());
        Assert.Contains("PGOPTIONS=\"-c cp.app_role=$db\"", script, StringComparison.Ordinal);
        Assert.Contains("-f /sql/audit.sql", script, StringComparison.Ordinal);
        Assert.Equal("audit-sql", job.Body.Seq("spec/template/spec/volumes")!.Single().Str("configMap/name"));

        // Each service's database is owned by its own role (the role the script grants INSERT and SELECT), the log by
        // cp_audit_owner, which nobody logs in as.
        var cluster = K8s.Resources.Single(r => r.Kind == "Cluster");
        Assert.Equal("true", cluster.Body.Str("spec/enableSuperuserAccess"));
        var owner = (cluster.Body.Seq("spec/managed/roles") ?? []).Single(r => r.Str("name") == "cp_audit_owner");
        Assert.Equal("false", owner.Str("login"));
        foreach (var service in Repo.Services)
            Assert.Equal(service.Name, K8s.Resources.Single(r => r.Kind == "Database" && r.Body.Str("spec/name") == service.Name).Body.Str("spec/owner"));
    }

    [Fact]
    public void Secrets_hold_placeholders_never_keys()
    {
        var secrets = K8s.Resources.Where(r => r.Kind == "Secret").ToList();
        Assert.Contains(secrets, s => s.Name == "platform-auth");
        Assert.Contains(secrets, s => s.Name == "registry-privacy");
        foreach (var secret in secrets)
        {
            Assert.Null(secret.Body.Map("data"));
            foreach (var (key, value) in secret.Body.Map("stringData").Strings().Where(e => e.Key != "username"))
            {
                Assert.StartsWith("REPLACE-ME", value, StringComparison.Ordinal);
                var buffer = new byte[value.Length];
                Assert.False(Convert.TryFromBase64String(value, buffer, out var written) && written >= 16,
                    $"{secret.Name}/{key} decodes as a key: a real secret must never be committed");
            }
        }
    }

    [Fact]
    public void The_collector_in_the_cluster_runs_the_configuration_of_infra_otel()
    {
        var config = K8s.Find("ConfigMap", "otel-collector-config");
        Assert.Equal(Repo.Read("infra/otel/collector.yaml"), config.Str("data/collector.yaml"));
        var collector = K8s.Find("Deployment", "otel-collector");
        Assert.Contains(collector.Seq("spec/template/spec/containers")!.Single().Seq("ports")!, p => p.Str("containerPort") == "4317");
        Assert.NotNull(K8s.Find("Service", "jaeger"));
    }

    [Fact]
    public void A_wrong_probe_a_missing_secret_or_a_missing_autoscaler_is_reported()
    {
        var files = K8s.Files.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        files["services/visits.yaml"] = files["services/visits.yaml"].Replace("path: /health/ready", "path: /healthz", StringComparison.Ordinal);
        files["services/police.yaml"] = files["services/police.yaml"].Replace("kind: HorizontalPodAutoscaler", "kind: Unrelated", StringComparison.Ordinal);
        files["config/secrets.yaml"] = files["config/secrets.yaml"].Replace("name: registry-privacy", "name: other", StringComparison.Ordinal);
        files["config/platform-config.yaml"] = files["config/platform-config.yaml"].Replace("  Services__court__Grpc:", "  Unused__court__Grpc:", StringComparison.Ordinal);
        files["services/gateway.yaml"] = files["services/gateway.yaml"].Replace("- name: Web__Http", "- name: Unused__Http", StringComparison.Ordinal);
        files["services/web.yaml"] = files["services/web.yaml"].Replace("replicas: 1", "replicas: 2", StringComparison.Ordinal);

        var problems = KubernetesChecks.Check(new KubernetesManifests(files), Repo.Services);

        Assert.Contains("visits: readinessProbe is not GET /health/ready on the HTTP port", problems);
        Assert.Contains("police: no HorizontalPodAutoscaler scaling the Deployment", problems);
        Assert.Contains(problems, p => p.StartsWith("registry: Privacy__EncryptionKey reads key", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("gateway: Services__court__Grpc", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("gateway: Web__Http", StringComparison.Ordinal));
        Assert.Contains("web: must run one replica (its users' sessions and circuits are in memory)", problems);
    }
}
