using System.Diagnostics;
using ChildProtection.Registry.ChildFile;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Testing;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.Benchmarks;

/// <summary>
/// Rebuilding the Registry's child-file timeline (its real async projection, <see cref="ChildFileProjection"/>) from a log of N
/// events (default 1,000,000: 10,000 children × 100 entries other services filed) with Marten's daemon, against the set-based
/// baseline of the same run on the same server: one <c>INSERT … SELECT</c> of the same rows from <c>mt_events</c>.
/// </summary>
public static class ProjectionRebuildBenchmark
{
    private const string Schema = "registry";

    public static async Task RunAsync(int events)
    {
        var database = await TestDatabase.CreateAsync("bench_rebuild");
        try
        {
            // The registry's store as the service configures it: the schema comes from Marten, then the daemon is stopped so
            // that only the rebuild below reads the log.
            using var host = await StartRegistryStoreAsync(database);
            var store = host.Services.GetRequiredService<IDocumentStore>();
            await host.StopAsync();
            await using var db = NpgsqlDataSource.Create(database.ConnectionString);

            Console.WriteLine($"Projection rebuild benchmark: {events:N0} events, PostgreSQL on 127.0.0.1:{LocalServers.PostgresPort}, {Environment.ProcessorCount} cores");
            var load = Stopwatch.StartNew();
            await Exec(db, $"""
                INSERT INTO {Schema}.mt_streams (id, type, version, timestamp, created, tenant_id)
                SELECT md5('timeline' || c)::uuid, null, {events / 10_000}, now(), now(), '*DEFAULT*' FROM generate_series(0, 9999) AS c;
                INSERT INTO {Schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, correlation_id, causation_id, headers)
                SELECT n + 1, md5('entry' || n)::uuid, md5('timeline' || (n % 10000))::uuid, n / 10000 + 1,
                       jsonb_build_object('entryId', md5('entry' || n)::uuid, 'childId', md5('child' || (n % 10000))::uuid,
                           'occurredAt', now() - make_interval(secs => {events} - n), 'source', 'visits',
                           'type', 'HomeVisitRecorded', 'summary', 'Home visit recorded'),
                       'registry.child-file-entry-received.v1', now() - make_interval(secs => {events} - n), '*DEFAULT*', 'bench', null,
                       jsonb_build_object('actor', jsonb_build_object('user', 'system', 'department', 'platform', 'role', 'system', 'region', ''))
                FROM generate_series(0, {events - 1}) AS n;
                SELECT setval('{Schema}.mt_events_sequence', {events});
                """);
            Console.WriteLine($"  log written in {load.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"{"case",-52} {"events",10} {"seconds",8} {"events/s",10}");

            var daemon = await store.BuildProjectionDaemonAsync();
            var rebuild = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(ChildFileProjection.ProjectionName, TimeSpan.FromMinutes(60), CancellationToken.None);
            var marten = (Events: await Scalar(db, $"SELECT count(*) FROM {Schema}.child_file"), rebuild.Elapsed);
            Print("Marten daemon rebuild of the child-file projection", marten);

            await Exec(db, $"TRUNCATE {Schema}.child_file");
            var raw = Stopwatch.StartNew();
            await Exec(db, $"""
                INSERT INTO {Schema}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
                SELECT (data->>'entryId')::uuid, (data->>'childId')::uuid, (data->>'occurredAt')::timestamptz, data->>'source', data->>'type',
                       data->>'summary', null
                FROM {Schema}.mt_events ORDER BY seq_id
                ON CONFLICT (entry_id) DO NOTHING
                """);
            var baseline = (Events: (long)events, raw.Elapsed);
            Print("set-based INSERT … SELECT baseline", baseline);
            Console.WriteLine($"Marten rebuild / baseline: {Rate(marten) / Rate(baseline):P0}");
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<IHost> StartRegistryStoreAsync(TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = database.AppConnectionString });
        builder.AddPostgres();
        builder.AddEventSourcing(Schema, o =>
        {
            ChildFileEventTypes.Register(o.Events);
            o.Async(new ChildFileProjection(o.Schema));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static double Rate((long Events, TimeSpan Elapsed) r) => r.Events / r.Elapsed.TotalSeconds;

    private static void Print(string label, (long Events, TimeSpan Elapsed) r) =>
        Console.WriteLine($"{label,-52} {r.Events,10:N0} {r.Elapsed.TotalSeconds,8:0.0} {Rate(r),10:N0}");

    private static async Task Exec(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.CommandTimeout = 1200;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
