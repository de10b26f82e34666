using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using ChildProtection.ServiceDefaults.Time;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;
using Npgsql;

namespace ChildProtection.Visits.Overdue;

/// <summary>
/// Finds missed visit duties as of today (China time, from <see cref="TimeProvider"/>) and appends each overdue notice
/// once to the child's plan (<see cref="RaiseOverdueNotices"/> through the command step, decided again on the new state when
/// a visit or a registry change moved the plan meanwhile); the outbox publishes it as <c>VisitOverdue</c>. One instance at a
/// time (advisory lock).
/// </summary>
public sealed class OverdueScanner(NpgsqlDataSource db, StreamCommand command, PlanRows plans, VisitPolicies policies, TimeProvider clock,
    ILogger<OverdueScanner> log)
{
    private const long LockKey = 0x5649_5349_5453; // "VISITS"

    /// <summary>Scans every open plan; returns the notices raised, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async _ =>
        {
            var today = clock.Today();
            var raised = 0;
            foreach (var row in await plans.OpenAsync("", null, ct))
            {
                // The read model's state says whether anything is due; only then is the plan loaded and decided on for writing.
                if (Notices(row.Plan, Moment.Of(clock)) == 0) continue;
                var notices = 0;
                var appended = await command.ApplyAsync(row.Plan.ChildId, Plan.Kind, (plan, m) =>
                {
                    var decision = Decide(plan, m);
                    notices = Count(decision);
                    return decision;
                }, EventMetadata.ForSystem(), ct);
                if (!appended) continue;
                raised += notices;
                PlatformMetrics.DeadlineBreached("visit-duty", notices);
            }
            log.LogInformation("Overdue scan as of {Today}: {Raised} notices raised", today, raised);
            return raised;
        }, ct);

    private Decision Decide(Plan plan, Moment at) => RaiseOverdueNotices.Decide(new RaiseOverdueNotices(policies.For(plan.RegionCode), at), plan);

    private int Notices(Plan plan, Moment at) => Count(Decide(plan, at));

    private static int Count(Decision decision) => decision is Decision.Accepted accepted ? accepted.Events.Count : 0;
}

/// <summary>Runs the overdue scan at start and then every <c>Visits:OverdueScan:IntervalMinutes</c> (default 60).</summary>
public sealed class OverdueScanService(OverdueScanner scanner, TimeProvider clock, IConfiguration configuration, ILogger<OverdueScanService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Visits:OverdueScan:IntervalMinutes", 60)), log)
{
    protected override string Name => "The overdue scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scanner.RunAsync(ct);
}
