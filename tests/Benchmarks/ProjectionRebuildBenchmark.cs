using System.Diagnostics;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;
using ChildProtection.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.Benchmarks;

/// <summary>
/// Rebuilding a child-file timeline (the Registry's <c>child_file</c> shape: one row per event, filed by entry id) from
/// a log of N events (default 1,000,000: 10,000 children × 100 events) with the event store's projection worker — batches
/// read in feed order, applied row by row and committed with the checkpoint — against the set-based baseline: one
/// <c>INSERT … SELECT</c> over the same events on the same server.
/// </summary>
public static class ProjectionRebuildBenchmark
{
    public sealed record HomeVisitRecorded(string Kind, int N);

    public static async Task RunAsync(int events)
    {
        var schema = LocalServers.UniqueSchema("rebuild");
        await using var db = LocalServers.CreateDataSource("benchmark");
        var options = new EventStoreOptions { Schema = schema, NotifyOnAppend = false, PollInterval = TimeSpan.FromMilliseconds(50) };
        options.Events.Register<HomeVisitRecorded>("bench.home-visit-recorded.v1");
        var store = new PostgresEventStore(db, options, TimeProvider.System);
        await store.EnsureSchemaAsync();
        try
        {
            Console.WriteLine($"Projection rebuild benchmark: {events:N0} events, PostgreSQL on 127.0.0.1:{LocalServers.PostgresPort}, batch {options.BatchSize}");
            var load = Stopwatch.StartNew();
            await Exec(db, $"""
                INSERT INTO {schema}.events (stream_id, version, event_id, type, data, metadata, recorded_at)
                SELECT md5('child' || (n % 10000))::uuid, n / 10000, gen_random_uuid(), 'bench.home-visit-recorded.v1',
                       jsonb_build_object('kind', 'home-visit', 'n', n), jsonb_build_object('correlationId', 'bench', 'actor', jsonb_build_object('user', 'bench', 'department', 'civil-affairs', 'role', 'caseworker', 'region', '120116')),
                       now() - make_interval(secs => {events} - n)
                FROM generate_series(0, {events - 1}) AS n
                """);
            Console.WriteLine($"  log written in {load.Elapsed.TotalSeconds:0.0} s");
            var last = await Scalar(db, $"SELECT max(position) FROM {schema}.events");

            Console.WriteLine($"{"case",-52} {"events",10} {"seconds",8} {"events/s",10}");
            var batched = await RebuildAsync(db, store, options, new TimelineProjection(batched: true), last, TimeSpan.FromMinutes(30));
            Print("worker, one round trip per batch (NpgsqlBatch)", batched);
            var single = await RebuildAsync(db, store, options, new TimelineProjection(batched: false), last, TimeSpan.FromSeconds(60));
            Print("worker, one round trip per event (first 60 s)", single);

            await Exec(db, $"TRUNCATE {schema}.child_file");
            var raw = Stopwatch.StartNew();
            await Exec(db, $"""
                INSERT INTO {schema}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
                SELECT event_id, stream_id, recorded_at, 'visits', type, 'Home visit recorded', 'civil-affairs/caseworker'
                FROM {schema}.events ORDER BY transaction_id, position
                """);
            var baseline = (Events: events, Elapsed: raw.Elapsed);
            Print("set-based INSERT … SELECT baseline", baseline);
            Console.WriteLine($"worker/baseline: batched {Rate(batched) / Rate(baseline):P0}, per event {Rate(single) / Rate(baseline):P0}");
        }
        finally
        {
            await Exec(db, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static double Rate((long Events, TimeSpan Elapsed) r) => r.Events / r.Elapsed.TotalSeconds;

    private static void Print(string label, (long Events, TimeSpan Elapsed) r) =>
        Console.WriteLine($"{label,-52} {r.Events,10:N0} {r.Elapsed.TotalSeconds,8:0.0} {Rate(r),10:N0}");

    /// <summary>Rebuilds from zero (empty table, no checkpoint) until the last event or the limit; how many events it filed and how long it took.</summary>
    private static async Task<(long Events, TimeSpan Elapsed)> RebuildAsync(NpgsqlDataSource db, PostgresEventStore store, EventStoreOptions options,
        TimelineProjection projection, long last, TimeSpan limit)
    {
        await using (var conn = await db.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var context = new ProjectionContext(conn, tx, store.Schema);
            await projection.EnsureSchemaAsync(context, default);
            await projection.ResetAsync(context, default);
            await tx.CommitAsync();
        }
        using var logs = LoggerFactory.Create(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        using var worker = new ProjectionWorker(projection, store, new ChangeSignal(), options, logs.CreateLogger("rebuild"));
        var clock = Stopwatch.StartNew();
        await worker.StartAsync(default);
        long reached;
        while ((reached = await Scalar(db, $"SELECT coalesce(max(position), 0) FROM {store.Schema}.subscriptions WHERE name = '{projection.Name}'")) < last
               && clock.Elapsed < limit)
            await Task.Delay(100);
        clock.Stop();
        await worker.StopAsync(default);
        if (reached == 0) throw new InvalidOperationException("The projection worker filed nothing (see the warnings above).");
        return (reached, clock.Elapsed);
    }

    /// <summary>The child-file timeline as the Registry files it: one insert per event, idempotent by entry id.</summary>
    private sealed class TimelineProjection(bool batched) : IAsyncProjection
    {
        public string Name => batched ? "child-file-timeline-batched" : "child-file-timeline";

        public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
        {
            await using var cmd = c.Command($"""
                CREATE TABLE IF NOT EXISTS {c.Schema}.child_file (
                    position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, entry_id uuid NOT NULL UNIQUE, child_id uuid NOT NULL,
                    occurred_at timestamptz NOT NULL, source text NOT NULL, type text NOT NULL, summary text NOT NULL, recorded_by text NULL);
                CREATE INDEX IF NOT EXISTS child_file_child ON {c.Schema}.child_file (child_id, occurred_at, position);
                """);
            await cmd.ExecuteNonQueryAsync(ct);
        }

        public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
        {
            // One round trip per batch (NpgsqlBatch), or one per event as the Registry's inline projection files them.
            await using var batch = new NpgsqlBatch(c.Connection, c.Transaction);
            foreach (var e in events)
            {
                var cmd = new NpgsqlBatchCommand($"""
                    INSERT INTO {c.Schema}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
                    VALUES (@entry, @child, @at, 'visits', @type, 'Home visit recorded', @by) ON CONFLICT (entry_id) DO NOTHING
                    """);
                cmd.Parameters.AddWithValue("entry", e.EventId);
                cmd.Parameters.AddWithValue("child", e.StreamId);
                cmd.Parameters.AddWithValue("at", e.RecordedAt);
                cmd.Parameters.AddWithValue("type", e.Type);
                cmd.Parameters.AddWithValue("by", $"{e.Metadata.Actor.Department}/{e.Metadata.Actor.Role}");
                if (batched)
                {
                    batch.BatchCommands.Add(cmd);
                    continue;
                }
                await using var single = new NpgsqlBatch(c.Connection, c.Transaction) { BatchCommands = { cmd } };
                await single.ExecuteNonQueryAsync(ct);
            }
            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
        }

        public async Task ResetAsync(ProjectionContext c, CancellationToken ct)
        {
            await using var cmd = c.Command($"TRUNCATE {c.Schema}.child_file");
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task Exec(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
