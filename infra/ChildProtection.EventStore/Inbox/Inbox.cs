using ChildProtection.EventStore.Storage;
using Npgsql;

namespace ChildProtection.EventStore.Inbox;

/// <summary>
/// The inbox that makes consumers idempotent: a message handled once is skipped on redelivery. The
/// check is a plain read (no transaction id); the mark is written in the same transaction as the effect.
/// </summary>
public sealed class MessageInbox(PostgresEventStore store)
{
    private readonly string _s = store.Schema;

    /// <summary>Whether <paramref name="consumer"/> has already handled the message.</summary>
    public async Task<bool> HasHandledAsync(string consumer, Guid messageId, CancellationToken ct = default)
    {
        await using var cmd = store.DataSource.CreateCommand(
            $"SELECT EXISTS (SELECT 1 FROM {_s}.inbox WHERE consumer = @c AND message_id = @m)");
        cmd.Parameters.AddWithValue("c", consumer);
        cmd.Parameters.AddWithValue("m", messageId);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Runs an effect that is not an append (e.g. a read-model write) and marks the message handled in the
    /// same transaction. Returns false when a racing duplicate got there first.
    /// </summary>
    public async Task<bool> HandleAsync(string consumer, Guid messageId,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> effect, CancellationToken ct = default)
    {
        await using var conn = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            await effect(conn, tx, ct);
            await InboxTable.InsertAsync(conn, tx, _s, new InboxMark(consumer, messageId), ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "inbox_pkey")
        {
            await tx.RollbackAsync(CancellationToken.None);
            return false;
        }
    }
}
