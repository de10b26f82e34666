using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Registry.Audit;

/// <summary>
/// Records every read of children's data: who, in which role and region, what, why (the stated purpose) and the
/// outcome. Kept in its own append-only table (PIPL art. 55–56; Regulations on Online Protection of Minors
/// art. 34–37). Reads of a child's file write the record in the read's own transaction: no read without its record.
/// </summary>
public sealed class ReadAudit(NpgsqlDataSource db)
{
    /// <summary>The header in which a caller states why they read a child's file.</summary>
    public const string PurposeHeader = "X-Access-Purpose";

    private readonly Lazy<Task> _schema = new(async () =>
    {
        await using var cmd = db.CreateCommand("""
            CREATE SCHEMA IF NOT EXISTS registry;
            CREATE TABLE IF NOT EXISTS registry.read_audit (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                actor text NOT NULL, department text NOT NULL, role text NOT NULL, region text NOT NULL,
                action text NOT NULL, child_id uuid NULL, outcome text NOT NULL, correlation_id text NOT NULL);
            ALTER TABLE registry.read_audit ADD COLUMN IF NOT EXISTS purpose text NULL;
            CREATE INDEX IF NOT EXISTS read_audit_child ON registry.read_audit (child_id, at);
            """);
        await cmd.ExecuteNonQueryAsync();
    });

    /// <summary>Records a read in its own statement (lists, lookups).</summary>
    public async Task RecordAsync(Caller caller, string action, Guid? childId, string outcome, string correlationId, CancellationToken ct,
        string? purpose = null)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await RecordAsync(conn, null, caller, action, childId, outcome, correlationId, purpose, ct);
    }

    /// <summary>Records a read inside the caller's transaction, so the read and its record commit together.</summary>
    public async Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, Caller caller, string action, Guid? childId, string outcome,
        string correlationId, string? purpose, CancellationToken ct)
    {
        await _schema.Value;
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO registry.read_audit (actor, department, role, region, action, child_id, outcome, correlation_id, purpose)
            VALUES (@actor, @department, @role, @region, @action, @child, @outcome, @corr, @purpose)
            """, conn, tx);
        cmd.Parameters.AddWithValue("actor", caller.User);
        cmd.Parameters.AddWithValue("department", caller.Department);
        cmd.Parameters.AddWithValue("role", caller.Role);
        cmd.Parameters.AddWithValue("region", caller.Region);
        cmd.Parameters.AddWithValue("action", action);
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)childId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("outcome", outcome);
        cmd.Parameters.AddWithValue("corr", correlationId);
        cmd.Parameters.Add(new NpgsqlParameter("purpose", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)purpose ?? DBNull.Value });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The stated purpose from the request, trimmed to 200 characters; null when none was stated.</summary>
    public static string? PurposeOf(HttpContext http)
    {
        var value = http.Request.Headers[PurposeHeader].ToString().Trim();
        return value.Length == 0 ? null : value.Length <= 200 ? value : value[..200];
    }
}
