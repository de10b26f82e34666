using System.Collections.Concurrent;
using System.Diagnostics;
using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class TelemetryTests
{
    /// <summary>Collects the activities the platform tracer provider finished, in memory.</summary>
    private sealed class CapturingProcessor : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();

        public bool ShutDown { get; private set; }

        public override void OnEnd(Activity data) => Ended.Enqueue(data);

        protected override bool OnShutdown(int timeoutMilliseconds) => ShutDown = true;
    }

    [Fact]
    public async Task A_request_produces_a_server_span_through_the_platform_tracer_provider()
    {
        var processor = new CapturingProcessor();
        var marker = Guid.NewGuid().ToString("N");
        await using var app = await TestApp.StartAsync(
            web => web.MapGet("/traced", () =>
            {
                Activity.Current?.SetTag("test.marker", marker);
                return "ok";
            }),
            builder => builder.Services.ConfigurePlatformTracing(tracing => tracing.AddProcessor(processor)));

        var request = new HttpRequestMessage(HttpMethod.Get, "/traced");
        request.Headers.Add(CorrelationId.HeaderName, "trace-me");
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        Activity? span = null;
        for (var attempt = 0; attempt < 50 && span is null; attempt++)
        {
            span = processor.Ended.FirstOrDefault(a => (string?)a.GetTagItem("test.marker") == marker);
            if (span is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(span);
        Assert.Equal("Microsoft.AspNetCore", span.Source.Name);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal("trace-me", span.GetTagItem(CorrelationId.TagName));
    }

    [Fact]
    public async Task The_tracer_provider_is_built_at_startup_and_shut_down_with_the_host()
    {
        var processor = new CapturingProcessor();
        var app = TestApp.Build(builder => builder.Services.ConfigurePlatformTracing(tracing => tracing.AddProcessor(processor)));
        Assert.Null(processor.ParentProvider);

        await app.StartAsync();
        Assert.NotNull(processor.ParentProvider);

        await app.StopAsync();
        await app.DisposeAsync();
        Assert.True(processor.ShutDown);
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_exporters_are_added_and_an_unreachable_collector_breaks_nothing()
    {
        await using var app = await TestApp.StartAsync(
            web => web.MapGet("/exported", () => "ok"),
            settings: new Dictionary<string, string?>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{LocalServers.ClosedPort()}",
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            });
        Assert.Equal("ok", await app.Client.GetStringAsync("/exported"));
        var tracing = (TracerProvider)app.App.Services.GetService(typeof(TracerProvider))!;
        Assert.NotNull(tracing);
    }
}
