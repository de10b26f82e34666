using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;
using Microsoft.Extensions.Logging;

namespace ChildProtection.EventStore.Projections;

/// <summary>Runs one async projection: the batch and the checkpoint commit in one transaction.</summary>
public sealed class ProjectionWorker(
    IAsyncProjection projection, PostgresEventStore store, ChangeSignal signal, EventStoreOptions options, ILogger log)
    : SubscriptionWorker(store, signal, options, log)
{
    public override string Name => projection.Name;

    protected override async Task<bool> HandleBatchAsync(Checkpoint from, IReadOnlyList<StoredEvent> batch, CancellationToken ct)
    {
        await using var conn = await Store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await projection.ApplyAsync(new ProjectionContext(conn, tx, Store.Schema), batch, ct);
        if (!await Checkpoints.TryAdvanceAsync(Name, from, Checkpoint.After(batch[^1]), ct, conn, tx))
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        await tx.CommitAsync(ct);
        return true;
    }
}
