using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using ChildProtection.ServiceDefaults.Time;
using Marten;
using Npgsql;

namespace ChildProtection.Relief.Reviews;

/// <summary>
/// The daily job on <see cref="TimeProvider"/>: re-runs the rules for every known child (so 16th and 18th birthdays
/// and age ranges take effect on the day) and raises each overdue review once (<see cref="ReviewChildDaily"/>), through the
/// command step's <see cref="StreamCommand.ApplyAsync{TState}"/> (decided again when a child changed meanwhile). A child
/// without a relief record yet gets one only when the rules open a case. One instance at a time (advisory lock); a child
/// still changing is looked at on the next run.
/// </summary>
public sealed class DailyScan(NpgsqlDataSource db, StreamCommand command, IDocumentStore store, ChildFactsTable factsTable, PolicyPacks packs,
    TimeProvider clock, ILogger<DailyScan> log)
{
    private const long LockKey = 0x52_454C_4945_46; // "RELIEF"

    /// <summary>Events appended, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async _ =>
        {
            var appended = 0;
            foreach (var (facts, hasRecord) in await factsTable.WithRecordsAsync(ct))
            {
                var policy = packs.Resolve(facts.RegionCode!).Relief;
                try
                {
                    var events = hasRecord ? await ReviewAsync(facts, policy, ct) : await StartAsync(facts, policy, ct);
                    appended += events.Count;
                    PlatformMetrics.DeadlineBreached("relief-review", events.Count(e => e is ReviewWentOverdue));
                }
                catch (Exception e) when (e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
                {
                    // Still changing; the next run decides on the new state.
                }
            }
            log.LogInformation("Relief daily scan as of {Today}: {Appended} events", clock.Today(), appended);
            return appended;
        }, ct);

    private async Task<IReadOnlyList<object>> ReviewAsync(ChildFacts facts, ReliefPolicy policy, CancellationToken ct)
    {
        IReadOnlyList<object> decided = [];
        var appended = await command.ApplyAsync(facts.ChildId, ChildRelief.Kind, (s, m) =>
        {
            var decision = ReviewChildDaily.Decide(new ReviewChildDaily(facts, policy, m), s);
            decided = decision is Decision.Accepted accepted ? accepted.Events : [];
            return decision;
        }, EventMetadata.ForSystem(), ct);
        return appended ? decided : [];
    }

    /// <summary>The first events of a child Relief has no record for yet (a case the rules open on the day), if any.</summary>
    private async Task<IReadOnlyList<object>> StartAsync(ChildFacts facts, ReliefPolicy policy, CancellationToken ct)
    {
        if (ReviewChildDaily.Decide(new ReviewChildDaily(facts, policy, Moment.Of(clock)), null) is not Decision.Accepted { Events.Count: > 0 } accepted)
            return [];
        await using var session = store.LightweightSession();
        session.Events.StartStream(facts.ChildId, accepted.Events);
        EventMetadata.ForSystem().ApplyTo(session);
        await session.SaveChangesAsync(ct);
        return accepted.Events;
    }
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
