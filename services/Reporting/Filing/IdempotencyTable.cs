using System.Text.Json;
using Npgsql;

namespace ChildProtection.Reporting.Filing;

/// <summary>
/// The first answer to each <c>Idempotency-Key</c> of a caller, so a retried submission gets the same receipt and
/// secret back (the report stream keeps only the secret's hash). Written in the report's append transaction.
/// </summary>
public static class IdempotencyTable
{
    public sealed record Entry(string RequestHash, ReceiptIssued Issued);

    public static async Task<Entry?> FindAsync(NpgsqlDataSource db, string caller, string key, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT request_hash, secret FROM reporting.idempotency WHERE caller = @c AND key = @k");
        cmd.Parameters.AddWithValue("c", caller);
        cmd.Parameters.AddWithValue("k", key);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        return new Entry(reader.GetString(0), JsonSerializer.Deserialize<ReceiptIssued>(reader.GetString(1))!);
    }

    public static async Task InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string caller, string key, string requestHash, ReceiptIssued issued,
        DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO reporting.idempotency (caller, key, request_hash, report_id, receipt_number, secret, created_at)
            VALUES (@c, @k, @h, @r, @n, @s, @at)
            """, conn, tx);
        cmd.Parameters.AddWithValue("c", caller);
        cmd.Parameters.AddWithValue("k", key);
        cmd.Parameters.AddWithValue("h", requestHash);
        cmd.Parameters.AddWithValue("r", issued.ReportId);
        cmd.Parameters.AddWithValue("n", issued.ReceiptNumber);
        cmd.Parameters.AddWithValue("s", JsonSerializer.Serialize(issued));
        cmd.Parameters.AddWithValue("at", now.ToUniversalTime());
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
