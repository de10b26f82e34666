using JasperFx.Events.Daemon;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.ServiceDefaults.EventSourcing.Projections;

/// <summary>
/// Where one projection or subscription stands: events behind the committed log and the age of the oldest of them, and
/// whether this instance runs it (hot/cold: one instance of the service at a time).
/// </summary>
public sealed record ProjectionStatus(string Name, bool Async, long Position, long EventsBehind, double OldestPendingSeconds,
    bool RunningHere, bool Rebuilding, RebuildOutcome? LastRebuild);

/// <summary>The last rebuild this instance ran of a projection.</summary>
public sealed record RebuildOutcome(DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string State, string? Error);

/// <summary>Operator actions on the service's projections and outbox: where each stands, and a rebuild from zero.</summary>
public sealed class ProjectionOperations(NpgsqlDataSource db, ServiceSchema schema, EventSourcingOptions options,
    IProjectionCoordinator coordinator, TimeProvider clock, ILogger<ProjectionOperations> log)
{
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromMinutes(30);
    private readonly Dictionary<string, RebuildOutcome> _rebuilds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The projections an operator may rebuild.</summary>
    public IReadOnlyList<string> Rebuildable => options.AsyncProjections;

    /// <summary>
    /// Every async projection and the outbox (also before they have recorded any progress), with their lag and whether this
    /// instance runs them.
    /// </summary>
    public async Task<IReadOnlyList<ProjectionStatus>> StatusAsync(CancellationToken ct)
    {
        var names = options.AsyncProjections.Concat(options.Publisher is null ? [] : [Outbox.OutboxSubscription.SubscriptionName]).ToArray();
        await using var cmd = db.CreateCommand($"""
            WITH mark AS (SELECT coalesce(max(last_seq_id), 0) AS ceiling FROM {schema.Table("mt_event_progression")} WHERE name = 'HighWaterMark'),
                 shard AS (SELECT n.name, coalesce((SELECT max(p.last_seq_id) FROM {schema.Table("mt_event_progression")} p
                                                    WHERE p.name = n.name || ':All'), 0) AS position
                           FROM unnest(@names) AS n(name))
            SELECT shard.name, shard.position, greatest(mark.ceiling - shard.position, 0),
                   coalesce(extract(epoch FROM now() - (SELECT e.timestamp FROM {schema.Table("mt_events")} e
                       WHERE e.seq_id > shard.position AND e.seq_id <= mark.ceiling ORDER BY e.seq_id LIMIT 1)), 0)::float8
            FROM shard, mark
            ORDER BY shard.name
            """);
        cmd.Parameters.AddWithValue("names", names);
        var rows = new List<ProjectionStatus>();
        var runningHere = coordinator.DaemonForMainDatabase().CurrentAgents().Select(a => a.Name.Name).ToHashSet(StringComparer.Ordinal);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var name = r.GetString(0);
            RebuildOutcome? last;
            lock (_gate) last = _rebuilds.GetValueOrDefault(name);
            rows.Add(new ProjectionStatus(name, options.AsyncProjections.Contains(name), r.GetInt64(1), r.GetInt64(2), r.GetDouble(3),
                runningHere.Contains(name), last?.State == "running", last));
        }
        return rows;
    }

    /// <summary>
    /// Starts rebuilding <paramref name="name"/> from zero in the background (Marten tears its tables down and replays the
    /// whole log); false when this instance is not the one running it (hot/cold: another instance leads) or a rebuild runs.
    /// </summary>
    public bool TryStartRebuild(string name, out string reason)
    {
        var daemon = coordinator.DaemonForMainDatabase();
        if (!daemon.CurrentAgents().Any(a => a.Name.Name == name))
        {
            reason = "Another instance of the service runs this projection; retry, the request may reach it.";
            return false;
        }
        lock (_gate)
        {
            if (_rebuilds.TryGetValue(name, out var running) && running.State == "running")
            {
                reason = "A rebuild of this projection is already running.";
                return false;
            }
            _rebuilds[name] = new RebuildOutcome(clock.GetUtcNow(), null, "running", null);
        }
        _ = Task.Run(async () =>
        {
            var started = _rebuilds[name].StartedAt;
            try
            {
                await daemon.RebuildProjectionAsync(name, RebuildTimeout, CancellationToken.None);
                lock (_gate) _rebuilds[name] = new RebuildOutcome(started, clock.GetUtcNow(), "completed", null);
                log.LogInformation("Projection {Projection} of {Schema} rebuilt from zero", name, schema.Name);
            }
            catch (Exception e)
            {
                lock (_gate) _rebuilds[name] = new RebuildOutcome(started, clock.GetUtcNow(), "failed", e.GetType().Name);
                log.LogError(e, "Rebuilding projection {Projection} of {Schema} failed", name, schema.Name);
            }
        });
        reason = "";
        return true;
    }
}
