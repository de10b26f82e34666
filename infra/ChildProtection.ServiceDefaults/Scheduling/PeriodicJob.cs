using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults.Scheduling;

/// <summary>
/// A background job that runs at start and then every <paramref name="interval"/> on the injected clock (tests move a
/// test clock). A failed run is logged and the job runs again at the next tick; only stopping the service ends it.
/// </summary>
/// <param name="clock">The service's clock.</param>
/// <param name="interval">Time between runs.</param>
/// <param name="log">Where a failed run is reported.</param>
public abstract class PeriodicJob(TimeProvider clock, TimeSpan interval, ILogger log) : BackgroundService
{
    /// <summary>The job as a log line names it, e.g. "The deadline scan".</summary>
    protected abstract string Name { get; }

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "{Job} failed; it runs again in {Interval}", Name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
