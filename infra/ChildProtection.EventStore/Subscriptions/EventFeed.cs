using System.Globalization;
using ChildProtection.EventStore.Storage;
using Npgsql;

namespace ChildProtection.EventStore.Subscriptions;

/// <summary>
/// The ordered feed of a schema's events for subscriptions. Reads only transactions older than every
/// transaction still running, so a late commit at a lower position is never skipped.
/// </summary>
public sealed class EventFeed(PostgresEventStore store)
{
    private readonly string _s = store.Schema;

    /// <summary>Reads up to <paramref name="max"/> events after <paramref name="after"/> in commit-safe order.</summary>
    public async Task<IReadOnlyList<StoredEvent>> ReadAfterAsync(Checkpoint after, int max, CancellationToken ct = default,
        NpgsqlConnection? conn = null, NpgsqlTransaction? tx = null)
    {
        var sql = $"""
            SELECT {EventReader.Columns} FROM {_s}.events e
            WHERE (e.transaction_id, e.position) > (@tx::xid8, @pos)
              AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY e.transaction_id, e.position
            LIMIT @n
            """;
        await using var cmd = conn is null ? store.DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.AddWithValue("tx", after.TransactionId.ToString(CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("pos", after.Position);
        cmd.Parameters.AddWithValue("n", max);
        return await EventReader.ReadAllAsync(cmd, store.Types, ct);
    }
}
