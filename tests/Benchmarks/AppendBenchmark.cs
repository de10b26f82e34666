using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Testing;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Benchmarks;

/// <summary>
/// Event appends with Marten as the services configure it (<see cref="EventSourcingExtensions.AddEventSourcing{TBuilder}"/>: quick
/// appends, a lightweight session per transaction, correlation, causation and headers) against two baselines measured in the
/// same run on the same server with the same durability: the single-row autocommit INSERT (the floor of any durable write)
/// and the minimal version-checked append transaction (one batch: <c>UPDATE stream SET version = version + n WHERE id = @id
/// AND version = @expected</c> and the INSERT of the events, then COMMIT — the floor of a correct append). All three write
/// rows of the same shape (<c>mt_events</c>' own columns and indexes).
/// </summary>
public static class AppendBenchmark
{
    public sealed record Noted(Guid Id, int N, string Text);

    private const string Schema = "bench";
    private static readonly EventMetadata Metadata = new("benchmark", "benchmark-cause", new Actor("bench-user", "civil-affairs", "caseworker", "120116"), null);

    public static async Task RunAsync(TimeSpan duration)
    {
        var database = await TestDatabase.CreateAsync("bench_append");
        using var host = await StartStoreAsync(database);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        // The baselines connect as the services do (AddPostgres): no reset of a pooled connection on reuse.
        await using var db = NpgsqlDataSource.Create(database.ConnectionString + ";Maximum Pool Size=40;No Reset On Close=true");
        await Exec(db, $"""
            CREATE TABLE {Schema}.raw_events (LIKE {Schema}.mt_events INCLUDING ALL);
            CREATE TABLE {Schema}.min_events (LIKE {Schema}.mt_events INCLUDING ALL);
            CREATE TABLE {Schema}.min_streams (LIKE {Schema}.mt_streams INCLUDING ALL);
            CREATE SEQUENCE {Schema}.baseline_sequence;
            ALTER TABLE {Schema}.raw_events ALTER COLUMN seq_id SET DEFAULT nextval('{Schema}.baseline_sequence');
            ALTER TABLE {Schema}.min_events ALTER COLUMN seq_id SET DEFAULT nextval('{Schema}.baseline_sequence');
            """);
        var headers = JsonSerializer.Serialize(new Dictionary<string, object> { [EventMetadata.ActorHeader] = Metadata.Actor }, EventJson.Options);

        Console.WriteLine($"Event append benchmark: PostgreSQL on 127.0.0.1:{LocalServers.PostgresPort}, {duration.TotalSeconds:0} s per case, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"case",-30} {"INSERT ev/s",12} {"minimal tx",12} {"Marten",12} {"Marten/minimal",15} {"minimal/INSERT",15}");
        try
        {
            foreach (var (writers, batch) in new[] { (1, 1), (8, 1), (1, 100), (8, 100) })
            {
                var raw = await Measure(writers, batch, duration, (stream, version, n) => RawInsert(db, stream, version, n, headers));
                var minimal = await Measure(writers, batch, duration, (stream, version, n) => MinimalTransaction(db, stream, version, n, headers));
                var marten = await Measure(writers, batch, duration, (stream, version, n) => MartenAppend(store, stream, version, n));
                Console.WriteLine($"{$"{writers} writer(s), {batch} event(s)/tx",-30} {raw,12:N0} {minimal,12:N0} {marten,12:N0} {marten / minimal,15:P0} {minimal / raw,15:P0}");
            }
        }
        finally
        {
            await host.StopAsync();
            await database.DisposeAsync();
        }
    }

    /// <summary>A host wired like a service: AddPostgres and AddEventSourcing on schema <c>bench</c>.</summary>
    private static async Task<IHost> StartStoreAsync(TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.AppConnectionString.Replace("Maximum Pool Size=30", "Maximum Pool Size=40", StringComparison.Ordinal),
        });
        builder.AddPostgres();
        builder.AddEventSourcing(Schema, o => o.Events.Register<Noted>("bench.noted.v1"));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<double> Measure(int writers, int batch, TimeSpan duration, Func<Guid, long, int, Task> append)
    {
        // Warm up connections and plans, then count events appended by all writers within the window.
        await append(Guid.NewGuid(), 0, batch);
        long total = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var stream = Guid.NewGuid();
            long version = 0;
            while (clock.Elapsed < duration)
            {
                await append(stream, version, batch);
                version += batch;
                Interlocked.Add(ref total, batch);
            }
        })));
        return total / clock.Elapsed.TotalSeconds;
    }

    private static List<object> Events(Guid stream, int n) =>
        [.. Enumerable.Range(0, n).Select(i => (object)new Noted(stream, i, "home visit recorded"))];

    private static async Task MartenAppend(IDocumentStore store, Guid stream, long version, int n)
    {
        await using var session = store.LightweightSession();
        if (version == 0) session.Events.StartStream(stream, Events(stream, n));
        else session.Events.Append(stream, version + n, Events(stream, n));
        Metadata.ApplyTo(session);
        await session.SaveChangesAsync();
    }

    private static string[] Bodies(Guid stream, int n) =>
        [.. Enumerable.Range(0, n).Select(i => $"{{\"id\":\"{stream}\",\"n\":{i.ToString(CultureInfo.InvariantCulture)},\"text\":\"home visit recorded\"}}")];

    private static async Task RawInsert(NpgsqlDataSource db, Guid stream, long version, int n, string headers)
    {
        await using var cmd = db.CreateCommand($"""
            INSERT INTO {Schema}.raw_events (id, stream_id, version, data, type, timestamp, tenant_id, correlation_id, causation_id, headers)
            SELECT gen_random_uuid(), $1, $2 + x.ord, x.data::jsonb, 'bench.noted.v1', now(), '*DEFAULT*', 'benchmark', 'benchmark-cause', $4::jsonb
            FROM unnest($3::text[]) WITH ORDINALITY AS x(data, ord)
            """);
        cmd.Parameters.Add(new NpgsqlParameter { Value = stream });
        cmd.Parameters.Add(new NpgsqlParameter { Value = version });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Bodies(stream, n), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        cmd.Parameters.Add(new NpgsqlParameter { Value = headers });
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task MinimalTransaction(NpgsqlDataSource db, Guid stream, long version, int n, string headers)
    {
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(conn, tx);
        var bump = new NpgsqlBatchCommand(version == 0
            ? $"INSERT INTO {Schema}.min_streams (id, version, timestamp, created, tenant_id) VALUES ($1, $2, now(), now(), '*DEFAULT*')"
            : $"UPDATE {Schema}.min_streams SET version = version + $2, timestamp = now() WHERE id = $1 AND version = $3");
        bump.Parameters.Add(new NpgsqlParameter { Value = stream });
        bump.Parameters.Add(new NpgsqlParameter { Value = (long)n });
        if (version != 0) bump.Parameters.Add(new NpgsqlParameter { Value = version });
        var insert = new NpgsqlBatchCommand($"""
            INSERT INTO {Schema}.min_events (id, stream_id, version, data, type, timestamp, tenant_id, correlation_id, causation_id, headers)
            SELECT gen_random_uuid(), $1, $2 + x.ord, x.data::jsonb, 'bench.noted.v1', now(), '*DEFAULT*', 'benchmark', 'benchmark-cause', $4::jsonb
            FROM unnest($3::text[]) WITH ORDINALITY AS x(data, ord)
            """);
        insert.Parameters.Add(new NpgsqlParameter { Value = stream });
        insert.Parameters.Add(new NpgsqlParameter { Value = version });
        insert.Parameters.Add(new NpgsqlParameter { Value = Bodies(stream, n), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter { Value = headers });
        batch.BatchCommands.Add(bump);
        batch.BatchCommands.Add(insert);
        await batch.ExecuteNonQueryAsync();
        if (bump.RecordsAffected != 1) throw new InvalidOperationException("The stream was not at the expected version.");
        await tx.CommitAsync();
    }

    private static async Task Exec(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
