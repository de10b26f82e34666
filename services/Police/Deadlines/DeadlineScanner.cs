using ChildProtection.ServiceDefaults.Scheduling;

namespace ChildProtection.Police.Deadlines;

/// <summary>
/// Runs <see cref="DeadlineScan"/> every <c>Police:DeadlineScanInterval</c> (default 5 minutes) on the service's
/// <see cref="TimeProvider"/>; tests move the clock and run the scan directly (or through the operator endpoint).
/// </summary>
public sealed class DeadlineScanner(DeadlineScan scan, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineScanner> log)
    : PeriodicJob(clock, configuration.GetValue("Police:DeadlineScanInterval", TimeSpan.FromMinutes(5)), log)
{
    protected override string Name => "The police deadline scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scan.RunAsync(ct);
}
