using ChildProtection.ServiceDefaults;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Procuratorate.Http;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using Npgsql;

namespace ChildProtection.Procuratorate.Deadlines;

/// <summary>
/// Finds the deadlines that passed (a planned check-in, a recommendation's reply, a public-interest reply period or
/// notice) and lets each instrument decide whether that makes it overdue. Each instrument emits its overdue once: its
/// state remembers it, the append is checked against the version read, and a passed deadline is settled in the
/// read model in the same transaction. One instance at a time (advisory lock).
/// </summary>
public sealed class DeadlineScanner(NpgsqlDataSource db, PostgresEventStore store, TimeProvider clock, ILogger<DeadlineScanner> log)
{
    private const long LockKey = 0x5052_4F43_4444; // "PROCDD"

    /// <summary>Scans up to now; returns how many overdue events were appended, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async lockConn =>
        {
            var moment = Moment.Of(clock);
            var emitted = 0;
            foreach (var (streamId, streamType, seq) in await PassedAsync(lockConn, moment.Today, ct))
                if (await SettleAsync(streamId, streamType, seq, moment, ct))
                {
                    emitted++;
                    PlatformMetrics.DeadlineBreached($"procuratorate-{streamType}");
                }
            if (emitted > 0) log.LogInformation("Deadline scan on {Today}: {Count} deadlines passed", moment.Today, emitted);
            return emitted;
        }, ct);

    private async Task<bool> SettleAsync(Guid id, string streamType, int seq, Moment moment, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (decision, version) = streamType switch
            {
                SupervisionOrderEventTypes.StreamType => await DecideAsync<SupervisionOrder>(id, SupervisionOrder.Evolve,
                    o => o.MarkOverdue(seq, moment.Today, moment.Now), ct),
                RecommendationEventTypes.StreamType => await DecideAsync<Recommendation>(id, Recommendation.Evolve,
                    r => r.MarkOverdue(moment.Today, moment.Now), ct),
                PublicInterestEventTypes.StreamType => await DecideAsync<PublicInterestLitigation>(id, PublicInterestLitigation.Evolve,
                    p => p.MarkPeriodEnded(moment.Today, moment.Now), ct),
                _ => (null, 0L),
            };
            if (decision is not Decision.Accepted accepted) return false;
            try
            {
                await store.AppendAsync(id, streamType, version, accepted.Events, EventMetadata.ForSystem(), ct: ct);
                return true;
            }
            catch (ConcurrencyException) when (attempt < 3)
            {
                // A prosecutor changed the instrument meanwhile (say, recorded the reply): decide again on the new state.
            }
        }
    }

    private async Task<(Decision? Decision, long Version)> DecideAsync<T>(Guid id, Func<T?, object, T?> evolve, Func<T, Decision> decide,
        CancellationToken ct) where T : class
    {
        var (state, version) = await store.AggregateStreamAsync<T?>(id, null, evolve, ct);
        return state is null ? (null, version) : (decide(state), version);
    }

    private async Task<List<(Guid, string, int)>> PassedAsync(NpgsqlConnection conn, DateOnly today, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT stream_id, stream_type, seq FROM {store.Schema}.deadlines WHERE NOT settled AND due_on < @today ORDER BY due_on, stream_id, seq LIMIT 1000
            """, conn);
        cmd.Parameters.AddWithValue("today", today);
        var list = new List<(Guid, string, int)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        return list;
    }
}

/// <summary>Runs the scan at start and then every <c>Procuratorate:Deadlines:IntervalMinutes</c> (default 15) on the injected clock.</summary>
public sealed class DeadlineScanService(DeadlineScanner scanner, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineScanService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Procuratorate:Deadlines:IntervalMinutes", 15)), log)
{
    protected override string Name => "The deadline scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scanner.RunAsync(ct);
}
