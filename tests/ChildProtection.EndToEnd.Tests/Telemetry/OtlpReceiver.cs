using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChildProtection.EndToEnd.Tests.Telemetry;

/// <summary>A span as the services exported it: which service, its trace, its name and kind.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind, string Scope);

/// <summary>
/// An OTLP/HTTP receiver (protobuf) on a loopback port, standing in for the collector: the services started by the
/// platform fixture export their spans here. Metrics and logs are accepted and dropped.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            foreach (var span in OtlpTraceDecoder.Decode(body.ToArray())) receiver._spans.Enqueue(span);
            return Results.Bytes([], "application/x-protobuf");
        });
        receiver._app.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
        await receiver._app.StartAsync();
        receiver.Endpoint = receiver._app.Urls.Single();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
