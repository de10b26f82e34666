namespace ChildProtection.Police.Deadlines;

/// <summary>
/// Runs <see cref="DeadlineScan"/> every <c>Police:DeadlineScanInterval</c> (default 5 minutes) on the service's
/// <see cref="TimeProvider"/>; tests move the clock and run the scan directly (or through the operator endpoint).
/// </summary>
public sealed class DeadlineScanner(DeadlineScan scan, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineScanner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Police:DeadlineScanInterval", TimeSpan.FromMinutes(5));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await scan.RunAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "The police deadline scan failed; it runs again in {Interval}", interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
