namespace ChildProtection.Reporting.Deadlines;

/// <summary>Runs the <see cref="DeadlineScanner"/> every <c>Reporting:DeadlineScanSeconds</c> (default 60).</summary>
public sealed class DeadlineScanService(DeadlineScanner scanner, IConfiguration configuration, ILogger<DeadlineScanService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Reporting:DeadlineScanSeconds", 60);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, seconds)));
        do
        {
            try
            {
                await scanner.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Deadline scan failed; retrying at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
