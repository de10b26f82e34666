using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults.EventSourcing.Projections;

/// <summary>Samples every projection's and the outbox's lag for the <c>event_store.projection.lag</c> gauges.</summary>
internal sealed class ProjectionLagMonitor(ProjectionOperations operations, ServiceSchema schema, ILogger<ProjectionLagMonitor> log)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var status in await operations.StatusAsync(stoppingToken))
                    EventSourcingTelemetry.RecordLag(schema.Name, status.Name, status.EventsBehind, status.OldestPendingSeconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogDebug("Sampling projection lag of {Schema} failed: {Error}", schema.Name, e.Message);
            }
        }
    }
}
