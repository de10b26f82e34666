using ChildProtection.ServiceDefaults;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.Recommendations;
using ChildProtection.Court.Revocations;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Scheduling;
using Npgsql;

namespace ChildProtection.Court.Deadlines;

/// <summary>
/// Finds the deadlines that passed (a protection-order decision, its escalation to the president, an order's expiry, a
/// judicial recommendation's reply, civil affairs' petition window) and lets each record decide what that means. Each is
/// emitted once: the record's state remembers it, the append is checked against the version read, and the deadline is
/// settled in the read model in the same transaction (or here, when the record says nothing is due any more). One
/// instance at a time (advisory lock).
/// </summary>
public sealed class DeadlineScanner(NpgsqlDataSource db, StreamCommand command, ServiceSchema schema, TimeProvider clock, ILogger<DeadlineScanner> log)
{
    private const long LockKey = 0x434F_5552_5444; // "COURTD"

    /// <summary>Scans up to now; returns how many events were appended, or null when another instance is scanning.</summary>
    public Task<int?> RunAsync(CancellationToken ct) =>
        AdvisoryLock.TryRunAsync(db, LockKey, async lockConn =>
        {
            var moment = Moment.Of(clock);
            var emitted = 0;
            foreach (var (streamId, streamType, kind) in await PassedAsync(lockConn, moment.Now, ct))
            {
                if (await SettleAsync(streamId, streamType, kind, ct))
                {
                    emitted++;
                    PlatformMetrics.DeadlineBreached($"court-{kind}");
                }
                else await MarkSettledAsync(lockConn, streamId, kind, ct);
            }
            if (emitted > 0) log.LogInformation("Deadline scan at {Now}: {Count} deadlines passed", moment.Now, emitted);
            return emitted;
        }, ct);

    private Task<bool> SettleAsync(Guid id, string streamType, string kind, CancellationToken ct) => streamType switch
    {
        ProtectionOrderEventTypes.StreamType => command.ApplyAsync(id, ProtectionOrder.Kind,
            (o, m) => LapseOrderDeadline.Decide(new LapseOrderDeadline(kind, m), o), EventMetadata.ForSystem(), ct),
        RevocationEventTypes.DutyStreamType => command.ApplyAsync(id, RevocationDuty.Kind,
            (d, m) => LapseRevocationDuty.Decide(new LapseRevocationDuty(m), d), EventMetadata.ForSystem(), ct),
        JudicialRecommendationEventTypes.StreamType => command.ApplyAsync(id, JudicialRecommendation.Kind,
            (r, m) => LapseRecommendationReply.Decide(new LapseRecommendationReply(m), r), EventMetadata.ForSystem(), ct),
        _ => Task.FromResult(false),
    };

    private async Task<List<(Guid, string, string)>> PassedAsync(NpgsqlConnection conn, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT stream_id, stream_type, kind FROM {schema.Table("deadlines")} WHERE NOT settled AND due_at <= @now ORDER BY due_at, stream_id LIMIT 1000
            """, conn);
        cmd.Parameters.AddWithValue("now", now.ToUniversalTime());
        var list = new List<(Guid, string, string)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        return list;
    }

    private async Task MarkSettledAsync(NpgsqlConnection conn, Guid id, string kind, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"UPDATE {schema.Table("deadlines")} SET settled = true WHERE stream_id = @id AND kind = @kind", conn);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("kind", kind);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>Runs the scan at start and then every <c>Court:Deadlines:IntervalMinutes</c> (default 5: the clock runs in hours) on the injected clock.</summary>
public sealed class DeadlineScanService(DeadlineScanner scanner, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineScanService> log)
    : PeriodicJob(clock, TimeSpan.FromMinutes(configuration.GetValue("Court:Deadlines:IntervalMinutes", 5)), log)
{
    protected override string Name => "The deadline scan";

    protected override Task RunOnceAsync(CancellationToken ct) => scanner.RunAsync(ct);
}
