using System.Diagnostics;
using System.Globalization;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Testing;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Benchmarks;

/// <summary>
/// Event appends against the raw baseline: the same rows inserted by plain single-statement INSERTs with
/// the same durability (synchronous commit, one transaction each), measured in the same run on the same server.
/// </summary>
public static class AppendBenchmark
{
    public sealed record Noted(Guid Id, int N, string Text);

    public static async Task RunAsync(TimeSpan duration)
    {
        var schema = LocalServers.UniqueSchema("bench");
        await using var dataSource = LocalServers.CreateDataSource("benchmark");
        var options = new EventStoreOptions { Schema = schema };
        options.Events.Register<Noted>("bench.noted.v1");
        var store = new PostgresEventStore(dataSource, options, TimeProvider.System);
        await store.EnsureSchemaAsync();
        var quietOptions = new EventStoreOptions { Schema = schema, NotifyOnAppend = false };
        quietOptions.Events.Register<Noted>("bench.noted.v1");
        var quietStore = new PostgresEventStore(dataSource, quietOptions, TimeProvider.System);
        await Exec(dataSource, $"CREATE TABLE {schema}.raw_events (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id uuid NOT NULL, version bigint NOT NULL, event_id uuid NOT NULL UNIQUE, type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL, UNIQUE (stream_id, version))");
        var metadata = EventMetadata.ForSystem("benchmark");
        var metadataJson = System.Text.Json.JsonSerializer.Serialize(metadata, EventTypes.Json);

        Console.WriteLine($"Event append benchmark: PostgreSQL on 127.0.0.1:{LocalServers.PostgresPort}, {duration.TotalSeconds:0} s per case, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"case",-34} {"ours ev/s",12} {"no-notify",12} {"raw ev/s",12} {"ours/raw",9} {"no-notify/raw",14}");
        try
        {
            foreach (var (writers, batch) in new[] { (1, 1), (8, 1), (1, 100), (8, 100) })
            {
                var ours = await Measure(writers, batch, duration, async (stream, version, n) =>
                {
                    var events = Enumerable.Range(0, n).Select(i => (object)new Noted(stream, i, "home visit recorded")).ToList();
                    await store.AppendAsync(stream, "bench", version, events, metadata);
                });
                var quiet = await Measure(writers, batch, duration, async (stream, version, n) =>
                {
                    var events = Enumerable.Range(0, n).Select(i => (object)new Noted(stream, i, "home visit recorded")).ToList();
                    await quietStore.AppendAsync(stream, "bench", version, events, metadata);
                });
                var raw = await Measure(writers, batch, duration, (stream, version, n) =>
                    RawInsert(dataSource, schema, stream, version, n, metadataJson));
                Console.WriteLine($"{$"{writers} writer(s), {batch} event(s)/tx",-34} {ours,12:N0} {quiet,12:N0} {raw,12:N0} {ours / raw,9:P0} {quiet / raw,14:P0}");
            }
        }
        finally
        {
            await Exec(dataSource, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task<double> Measure(int writers, int batch, TimeSpan duration, Func<Guid, long, int, Task> append)
    {
        // Warm up connections and plans, then count events appended by all writers within the window.
        await append(Guid.NewGuid(), 0, batch);
        long total = 0;
        var stopAt = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var stream = Guid.NewGuid();
            long version = 0;
            while (stopAt.Elapsed < duration)
            {
                await append(stream, version, batch);
                version += batch;
                Interlocked.Add(ref total, batch);
            }
        })));
        return total / stopAt.Elapsed.TotalSeconds;
    }

    private static async Task RawInsert(NpgsqlDataSource db, string schema, Guid stream, long version, int n, string metadataJson)
    {
        await using var cmd = db.CreateCommand($"""
            INSERT INTO {schema}.raw_events (stream_id, version, event_id, type, data, metadata, recorded_at)
            SELECT @stream, @base + x.ord, gen_random_uuid(), 'bench.noted.v1', x.data::jsonb, @meta::jsonb, now()
            FROM unnest(@data) WITH ORDINALITY AS x(data, ord)
            """);
        cmd.Parameters.AddWithValue("stream", stream);
        cmd.Parameters.AddWithValue("base", version);
        cmd.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = Enumerable.Range(0, n).Select(i => $"{{\"id\":\"{stream}\",\"n\":{i.ToString(CultureInfo.InvariantCulture)},\"text\":\"home visit recorded\"}}").ToArray(),
        });
        cmd.Parameters.AddWithValue("meta", metadataJson);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task Exec(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
