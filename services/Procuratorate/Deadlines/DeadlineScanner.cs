using ChildProtection.ServiceDefaults;
using ChildProtection.Procuratorate.PublicInterest;
using ChildProtection.Procuratorate.Recommendations;
using ChildProtection.Procuratorate.SupervisionOrders;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using Npgsql;

namespace ChildProtection.Procuratorate.Deadlines;

/// <summary>
/// Finds the deadlines that passed (a planned check-in, a recommendation's reply, a public-interest reply period or
/// notice) and lets each instrument decide whether that makes it overdue. Each instrument emits its overdue once: its
/// state remembers it, the append goes through <see cref="StreamCommand.ApplyAsync{TState}"/> as the platform (checked against
/// the version read, decided again when a prosecutor changed the instrument meanwhile), and a passed deadline is settled in the
/// read model in the same transaction. One instance at a time (advisory lock).
/// </summary>
public sealed class DeadlineScanner(NpgsqlDataSource db, StreamCommand command, ServiceSchema schema, TimeProvider clock,
    ILogger<DeadlineScanner> log)
{
    private const long LockKey = 0x5052_4F43_4444; // "PROCDD"

    /// <summary>Scans up to now; returns how many overdue events were appended, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async lockConn =>
        {
            var moment = Moment.Of(clock);
            var emitted = 0;
            foreach (var (streamId, streamType, seq) in await PassedAsync(lockConn, moment.Today, ct))
                if (await SettleAsync(streamId, streamType, seq, ct))
                {
                    emitted++;
                    PlatformMetrics.DeadlineBreached($"procuratorate-{streamType}");
                }
            if (emitted > 0) log.LogInformation("Deadline scan on {Today}: {Count} deadlines passed", moment.Today, emitted);
            return emitted;
        }, ct);

    private Task<bool> SettleAsync(Guid id, string streamType, int seq, CancellationToken ct) => streamType switch
    {
        SupervisionOrderEventTypes.StreamType => command.ApplyAsync(id, SupervisionOrder.Kind,
            (o, m) => MarkCheckInOverdue.Decide(new MarkCheckInOverdue(seq, m), o), EventMetadata.ForSystem(), ct),
        RecommendationEventTypes.StreamType => command.ApplyAsync(id, Recommendation.Kind,
            (r, m) => MarkRecommendationReplyOverdue.Decide(new MarkRecommendationReplyOverdue(m), r), EventMetadata.ForSystem(), ct),
        PublicInterestEventTypes.StreamType => command.ApplyAsync(id, PublicInterestLitigation.Stream,
            (p, m) => EndPublicInterestPeriod.Decide(new EndPublicInterestPeriod(m), p), EventMetadata.ForSystem(), ct),
        _ => Task.FromResult(false),
    };

    private async Task<List<(Guid, string, int)>> PassedAsync(NpgsqlConnection conn, DateOnly today, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT stream_id, stream_type, seq FROM {schema.Table("deadlines")} WHERE NOT settled AND due_on < @today ORDER BY due_on, stream_id, seq LIMIT 1000
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
