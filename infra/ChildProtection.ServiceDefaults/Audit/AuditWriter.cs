using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// Appends to <c>audit.entries</c>. The table belongs to <c>cp_audit_owner</c> and the services' role may only INSERT and
/// SELECT it (infra/sql/audit.sql): no service can alter or remove what it recorded.
/// </summary>
public sealed class AuditWriter(NpgsqlDataSource db)
{
    /// <summary>Appends one entry in its own statement.</summary>
    public async Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await WriteAsync(conn, null, entry, ct);
    }

    /// <summary>Appends one entry inside the caller's transaction, so a read and its record commit together.</summary>
    public static async Task WriteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, AuditEntry entry, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO audit.entries (at, service, actor, department, role, region, action, child_id, purpose, outcome, status, detail, correlation_id)
            VALUES (@at, @service, @actor, @department, @role, @region, @action, @child, @purpose, @outcome, @status, @detail, @corr)
            """, conn, tx);
        cmd.Parameters.AddWithValue("at", entry.At);
        cmd.Parameters.AddWithValue("service", entry.Service);
        cmd.Parameters.AddWithValue("actor", entry.Actor);
        cmd.Parameters.AddWithValue("department", entry.Department);
        cmd.Parameters.AddWithValue("role", entry.Role);
        cmd.Parameters.AddWithValue("region", entry.Region);
        cmd.Parameters.AddWithValue("action", entry.Action);
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlDbType.Uuid) { Value = (object?)entry.ChildId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("purpose", NpgsqlDbType.Text) { Value = (object?)entry.Purpose ?? DBNull.Value });
        cmd.Parameters.AddWithValue("outcome", entry.Outcome);
        cmd.Parameters.AddWithValue("status", entry.Status);
        cmd.Parameters.Add(new NpgsqlParameter("detail", NpgsqlDbType.Text) { Value = (object?)entry.Detail ?? DBNull.Value });
        cmd.Parameters.AddWithValue("corr", entry.CorrelationId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
