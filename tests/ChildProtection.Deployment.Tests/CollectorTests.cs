namespace ChildProtection.Deployment.Tests;

public sealed class CollectorTests
{
    private static readonly Dictionary<object, object?> Config = Yaml.Single(Repo.Read("infra/otel/collector.yaml"));

    [Fact]
    public void It_receives_OTLP_over_gRPC_on_4317_and_over_HTTP_on_4318()
    {
        Assert.Equal("0.0.0.0:4317", Config.Str("receivers/otlp/protocols/grpc/endpoint"));
        Assert.Equal("0.0.0.0:4318", Config.Str("receivers/otlp/protocols/http/endpoint"));
    }

    [Fact]
    public void Every_pipeline_uses_only_defined_components_and_every_signal_has_one()
    {
        var pipelines = Config.Map("service/pipelines")!;
        Assert.Equal(["logs", "metrics", "traces"], pipelines.Keys.Cast<string>().Order(StringComparer.Ordinal));
        foreach (var (signal, pipeline) in pipelines)
        {
            foreach (var section in new[] { "receivers", "processors", "exporters" })
            {
                var defined = Config.Map(section)!.Keys.Cast<string>().ToHashSet(StringComparer.Ordinal);
                var used = pipeline.Seq(section)!.Cast<string>().ToList();
                Assert.NotEmpty(used);
                Assert.All(used, name => Assert.True(defined.Contains(name), $"{signal}: {section} '{name}' is not defined"));
            }
            Assert.Equal("memory_limiter", pipeline.Seq("processors")![0]);
        }
    }

    [Fact]
    public void Traces_go_to_the_trace_viewer_of_the_compose_file_and_metrics_to_a_Prometheus_endpoint()
    {
        Assert.Contains("otlp/traces", Config.Seq("service/pipelines/traces/exporters")!);
        Assert.Equal("${env:TRACES_OTLP_ENDPOINT:-jaeger:4317}", Config.Map("exporters")!["otlp/traces"].Str("endpoint"));
        Assert.Contains("prometheus", Config.Seq("service/pipelines/metrics/exporters")!);

        var compose = Yaml.Single(Repo.Read("docker-compose.yml"));
        Assert.Equal("jaeger:4317", compose.Str("services/otel-collector/environment/TRACES_OTLP_ENDPOINT"));
        Assert.Equal("true", compose.Str("services/jaeger/environment/COLLECTOR_OTLP_ENABLED"));
    }
}
