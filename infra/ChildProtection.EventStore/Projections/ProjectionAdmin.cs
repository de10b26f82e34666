using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;

namespace ChildProtection.EventStore.Projections;

/// <summary>Operator actions on async projections: rebuild from zero and lag.</summary>
public sealed class ProjectionAdmin(PostgresEventStore store, EventStoreOptions options, ChangeSignal signal)
{
    private readonly CheckpointStore _checkpoints = new(store);

    /// <summary>The registered async projections' names.</summary>
    public IEnumerable<string> Names => options.AsyncProjections.Select(p => p.Name);

    /// <summary>
    /// Wipes the projection and resets its checkpoint in one transaction; the daemon then replays the
    /// whole log. A batch in flight fails its checkpoint compare-and-swap and is rolled back.
    /// </summary>
    public async Task RebuildAsync(string name, CancellationToken ct = default)
    {
        var projection = options.AsyncProjections.SingleOrDefault(p => p.Name == name)
            ?? throw new KeyNotFoundException($"No projection named '{name}'.");
        await using var conn = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var context = new ProjectionContext(conn, tx, store.Schema);
        await projection.ResetAsync(context, ct);
        await _checkpoints.ResetAsync(name, conn, tx, ct);
        await tx.CommitAsync(ct);
        signal.Set();
    }

    /// <summary>How far each subscription (projections and the outbox) is behind the log.</summary>
    public async Task<IReadOnlyList<SubscriptionLag>> LagAsync(CancellationToken ct = default)
    {
        var names = Names.ToList();
        if (options.Publisher is not null) names.Add(Outbox.OutboxPublisher.SubscriptionName);
        var lags = new List<SubscriptionLag>();
        foreach (var name in names) lags.Add(await _checkpoints.LagAsync(name, ct));
        return lags;
    }
}
