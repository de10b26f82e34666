using Npgsql;

namespace ChildProtection.EventStore.Storage;

internal static class InboxTable
{
    public static async Task InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string schema, InboxMark mark, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"INSERT INTO {schema}.inbox (consumer, message_id) VALUES (@c, @m)", conn, tx);
        cmd.Parameters.AddWithValue("c", mark.Consumer);
        cmd.Parameters.AddWithValue("m", mark.MessageId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
