using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Assessment;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Http;
using ChildProtection.ServiceDefaults.Scheduling;
using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;
using Npgsql;

namespace ChildProtection.Relief.Reviews;

/// <summary>
/// The daily job on <see cref="TimeProvider"/>: re-runs the rules for every known child (so 16th and 18th birthdays
/// and age ranges take effect on the day) and raises each overdue review once. One instance at a time (advisory lock);
/// a child changed meanwhile is looked at on the next run.
/// </summary>
public sealed class DailyScan(NpgsqlDataSource db, PostgresEventStore store, PolicyPacks packs, TimeProvider clock, ILogger<DailyScan> log)
{
    private const long LockKey = 0x52_454C_4945_46; // "RELIEF"

    /// <summary>Events appended, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async _ =>
        {
            var now = clock.GetUtcNow();
            var today = ChinaDate.On(now);
            var appended = 0;
            foreach (var facts in await ChildFactsTable.AllAsync(db, ct))
            {
                var (state, version) = await store.AggregateStreamAsync<ChildRelief?>(facts.ChildId, null, ChildRelief.Evolve, ct);
                var policy = packs.Resolve(facts.RegionCode!).Relief;
                var events = ReliefAssessor.Assess(state, facts, today, today, policy, now, Guid.NewGuid).ToList();
                var overdueReviews = state is null ? [] : ReviewRules.Overdue(state, today, now).ToList();
                events.AddRange(overdueReviews);
                if (events.Count == 0) continue;
                try
                {
                    await store.AppendAsync(facts.ChildId, ReliefEventTypes.StreamType, version, events, EventMetadata.ForSystem(), ct: ct);
                    appended += events.Count;
                    PlatformMetrics.DeadlineBreached("relief-review", overdueReviews.Count);
                }
                catch (ConcurrencyException)
                {
                    // Changed since read; the next run decides on the new state.
                }
            }
            log.LogInformation("Relief daily scan as of {Today}: {Appended} events", today, appended);
            return appended;
        }, ct);
}

/// <summary>Runs the scan at start and then every <c>Relief:DailyScan:IntervalMinutes</c> (default 1440).</summary>
public sealed class DailyScanService(DailyScan scan, TimeProvider clock, IConfiguration configuration, ILogger<DailyScanService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Relief:DailyScan:IntervalMinutes", 1440)), log)
{
    protected override string Name => "The relief daily scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scan.RunAsync(ct);
}

public static class DailyScanEndpoints
{
    /// <summary><c>POST /api/relief/operations/daily-scan</c>: run the daily scan now (operators only).</summary>
    public static IEndpointRouteBuilder MapDailyScanOperations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/relief/operations/daily-scan", async (DailyScan scan, CancellationToken ct) =>
                TypedResults.Ok(new { appended = await scan.RunAsync(ct) }))
            .RequireCaller(roles: [Roles.Operator])
            .WithName("RunReliefDailyScan");
        return app;
    }
}
