using System.Globalization;
using ChildProtection.EventStore.Storage;
using Npgsql;

namespace ChildProtection.EventStore.Subscriptions;

/// <summary>Subscription checkpoints in the schema's <c>subscriptions</c> table.</summary>
public sealed class CheckpointStore(PostgresEventStore store)
{
    private readonly string _s = store.Schema;

    /// <summary>The saved checkpoint, creating the row at the start when missing.</summary>
    public async Task<Checkpoint> LoadAsync(string name, CancellationToken ct = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using (var select = store.DataSource.CreateCommand(
                $"SELECT transaction_id::text, position FROM {_s}.subscriptions WHERE name = @n"))
            {
                select.Parameters.AddWithValue("n", name);
                await using var reader = await select.ExecuteReaderAsync(ct);
                if (await reader.ReadAsync(ct))
                    return new Checkpoint(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1));
            }
            if (attempt > 0) throw new InvalidOperationException($"Checkpoint row '{name}' could not be created.");
            await using var insert = store.DataSource.CreateCommand(
                $"INSERT INTO {_s}.subscriptions (name) VALUES (@n) ON CONFLICT (name) DO NOTHING");
            insert.Parameters.AddWithValue("n", name);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Moves the checkpoint from <paramref name="from"/> to <paramref name="to"/> only if it is still at
    /// <paramref name="from"/> (compare-and-swap): a deposed leader or a rebuild in between makes it fail.
    /// </summary>
    public async Task<bool> TryAdvanceAsync(string name, Checkpoint from, Checkpoint to, CancellationToken ct = default,
        NpgsqlConnection? conn = null, NpgsqlTransaction? tx = null)
    {
        var sql = $"""
            UPDATE {_s}.subscriptions SET transaction_id = @tx::xid8, position = @pos, updated_at = now()
            WHERE name = @n AND transaction_id = @fromTx::xid8 AND position = @fromPos
            """;
        await using var cmd = conn is null ? store.DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.AddWithValue("n", name);
        cmd.Parameters.AddWithValue("tx", to.TransactionId.ToString(CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("pos", to.Position);
        cmd.Parameters.AddWithValue("fromTx", from.TransactionId.ToString(CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("fromPos", from.Position);
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Resets a checkpoint to the start (inside the caller's transaction, for rebuilds).</summary>
    public async Task ResetAsync(string name, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct = default)
    {
        await using var cmd = new NpgsqlCommand($"""
            INSERT INTO {_s}.subscriptions (name) VALUES (@n)
            ON CONFLICT (name) DO UPDATE SET transaction_id = '0', position = 0, updated_at = now()
            """, conn, tx);
        cmd.Parameters.AddWithValue("n", name);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>How far behind a subscription is: events not yet processed and the age of the oldest.</summary>
    public async Task<SubscriptionLag> LagAsync(string name, CancellationToken ct = default)
    {
        await using var cmd = store.DataSource.CreateCommand($"""
            SELECT count(e.position), coalesce(extract(epoch FROM now() - min(e.recorded_at)), 0)::float8
            FROM {_s}.subscriptions s
            LEFT JOIN {_s}.events e ON (e.transaction_id, e.position) > (s.transaction_id, s.position)
            WHERE s.name = @n
            """);
        cmd.Parameters.AddWithValue("n", name);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return new SubscriptionLag(name, 0, TimeSpan.Zero);
        return new SubscriptionLag(name, reader.GetInt64(0), TimeSpan.FromSeconds(reader.GetDouble(1)));
    }
}

/// <summary>A subscription's lag: events behind and how old the oldest of them is.</summary>
public sealed record SubscriptionLag(string Name, long PendingEvents, TimeSpan OldestPendingAge);
