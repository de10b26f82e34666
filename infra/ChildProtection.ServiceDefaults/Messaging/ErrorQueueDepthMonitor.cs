using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults;

/// <summary>The receive endpoints (queues) this service's bus configured: the source of its <c>_error</c> queues.</summary>
public sealed class OwnQueues
{
    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);

    internal void Add(string queue) => _names.TryAdd(queue, true);

    /// <summary>The queue names, in no particular order.</summary>
    public IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)_names.Keys;
}

/// <summary>
/// Polls RabbitMQ's management API every <c>RabbitMq:ErrorQueuePollSeconds</c> (default 30) for the depth of this
/// service's own <c>_error</c> queues and publishes it as <see cref="PlatformMetrics.ErrorQueueDepth"/>, so an alert can
/// fire when a message faults. A failed poll keeps the last figures and is logged at debug level.
/// </summary>
internal sealed class ErrorQueueDepthMonitor(
    IServiceScopeFactory scopes, OwnQueues own, IOptions<RabbitMqOptions> options, ILogger<ErrorQueueDepthMonitor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.ErrorQueuePollSeconds)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var queues = await scope.ServiceProvider.GetRequiredService<ErrorQueueAdmin>().ListAsync(stoppingToken);
                var depths = queues.ToDictionary(q => q.Name, q => q.Messages, StringComparer.Ordinal);
                foreach (var queue in own.Names)
                {
                    var error = queue + ErrorQueueAdmin.ErrorSuffix;
                    PlatformMetrics.RecordErrorQueueDepth(error, depths.GetValueOrDefault(error));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogDebug(e, "Could not poll the _error queue depths");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
