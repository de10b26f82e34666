using JasperFx;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>
/// Brings the service's schema to what Marten and its projections need, before the daemon starts: waits briefly for
/// PostgreSQL, refuses plainly a database written by the platform's earlier event store (which Marten cannot read), then
/// applies the configured schema objects once (Marten checks nothing more at run time).
/// </summary>
internal sealed class EventStoreInitializer(IDocumentStore store, NpgsqlDataSource db, ServiceSchema schema, ILogger<EventStoreInitializer> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RefuseEarlierStoreAsync(cancellationToken);
                await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
                return;
            }
            catch (NpgsqlException e) when (attempt < 15 && e.IsTransient)
            {
                log.LogWarning("PostgreSQL not reachable yet ({Error}); attempt {Attempt}", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    private async Task RefuseEarlierStoreAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(
            $"SELECT to_regclass('{schema.Table("events")}') IS NOT NULL AND to_regclass('{schema.Table("mt_events")}') IS NULL");
        if (await cmd.ExecuteScalarAsync(ct) is true)
            throw new InvalidOperationException(EarlierStore.Message(schema.Name));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What to tell someone whose database was written by the platform's earlier, hand-made event store.</summary>
public static class EarlierStore
{
    public static string Message(string schema) =>
        $"The database holds the '{schema}' service's events in the format of the platform's earlier event store "
        + $"(tables {schema}.streams and {schema}.events), which the Marten event store cannot read. Start from an empty database: "
        + "locally `infra/platform.sh down --purge` and then `infra/platform.sh up` (this deletes the local data; `up --seed` loads "
        + "the demo county again), elsewhere point ConnectionStrings__Postgres at a new database.";
}
