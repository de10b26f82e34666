using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Without the OpenTelemetry hosting package nothing would build the providers: taking them in the
/// constructor builds them when the host starts (before the bus and the server), and the container
/// disposes them — flushing the exporters — when it shuts down.
/// </summary>
internal sealed class TelemetryProvidersHostedService(TracerProvider tracing, MeterProvider metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Flush while the rest of the host still runs; disposal later only has to close.
        tracing.ForceFlush(2_000);
        metrics.ForceFlush(2_000);
        return Task.CompletedTask;
    }
}
