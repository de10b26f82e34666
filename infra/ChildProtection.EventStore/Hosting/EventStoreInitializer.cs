using ChildProtection.EventStore.Projections;
using ChildProtection.EventStore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.EventStore.Hosting;

/// <summary>Creates the schema and the projections' tables at start, waiting briefly for PostgreSQL.</summary>
public sealed class EventStoreInitializer(PostgresEventStore store, EventStoreOptions options, ILogger<EventStoreInitializer> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.EnsureSchemaAsync(cancellationToken);
                await using var conn = await store.DataSource.OpenConnectionAsync(cancellationToken);
                await using var tx = await conn.BeginTransactionAsync(cancellationToken);
                var context = new ProjectionContext(conn, tx, store.Schema);
                foreach (var p in options.InlineProjections) await p.EnsureSchemaAsync(context, cancellationToken);
                foreach (var p in options.AsyncProjections) await p.EnsureSchemaAsync(context, cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (attempt < 15 && e.IsTransient)
            {
                log.LogWarning("PostgreSQL not reachable yet ({Error}); attempt {Attempt}", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
