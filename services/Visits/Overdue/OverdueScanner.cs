using ChildProtection.ServiceDefaults;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults.Scheduling;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;
using Npgsql;

namespace ChildProtection.Visits.Overdue;

/// <summary>
/// Finds missed visit duties as of today (China time, from <see cref="TimeProvider"/>) and appends each overdue notice
/// once to the child's plan; the outbox publishes it as <c>VisitOverdue</c>. One instance at a time (advisory lock);
/// a plan changed meanwhile is skipped and looked at on the next run.
/// </summary>
public sealed class OverdueScanner(NpgsqlDataSource db, PostgresEventStore store, PlanRows plans, VisitPolicies policies, TimeProvider clock,
    ILogger<OverdueScanner> log)
{
    private const long LockKey = 0x5649_5349_5453; // "VISITS"

    /// <summary>Scans every open plan; returns the notices raised, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async _ =>
        {
            var now = clock.GetUtcNow();
            var today = ChinaDate.On(now);
            var raised = 0;
            foreach (var row in await plans.OpenAsync("", null, ct))
            {
                var events = OverdueDecider.Decide(row.Plan, policies.For(row.Plan.RegionCode), today, now);
                if (events.Count == 0) continue;
                try
                {
                    await store.AppendAsync(row.Plan.ChildId, PlanEventTypes.StreamType, row.Version, events, EventMetadata.ForSystem(), ct: ct);
                    raised += events.Count;
                    PlatformMetrics.DeadlineBreached("visit-duty", events.Count);
                }
                catch (ConcurrencyException)
                {
                    // A visit or a registry change moved the plan since it was read; the next run decides on the new state.
                }
            }
            log.LogInformation("Overdue scan as of {Today}: {Raised} notices raised", today, raised);
            return raised;
        }, ct);
}

/// <summary>Runs the overdue scan at start and then every <c>Visits:OverdueScan:IntervalMinutes</c> (default 60).</summary>
public sealed class OverdueScanService(OverdueScanner scanner, TimeProvider clock, IConfiguration configuration, ILogger<OverdueScanService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Visits:OverdueScan:IntervalMinutes", 60)), log)
{
    protected override string Name => "The overdue scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scanner.RunAsync(ct);
}
