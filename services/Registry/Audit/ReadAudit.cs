using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Registry.Audit;

/// <summary>
/// Records every read of children's data: who, in which role and region, what, and the outcome. Kept in
/// its own append-only table (PIPL art. 55–56; Regulations on Online Protection of Minors art. 34–37).
/// </summary>
public sealed class ReadAudit(NpgsqlDataSource db)
{
    private readonly Lazy<Task> _schema = new(async () =>
    {
        await using var cmd = db.CreateCommand("""
            CREATE SCHEMA IF NOT EXISTS registry;
            CREATE TABLE IF NOT EXISTS registry.read_audit (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                actor text NOT NULL, department text NOT NULL, role text NOT NULL, region text NOT NULL,
                action text NOT NULL, child_id uuid NULL, outcome text NOT NULL, correlation_id text NOT NULL);
            CREATE INDEX IF NOT EXISTS read_audit_child ON registry.read_audit (child_id, at);
            """);
        await cmd.ExecuteNonQueryAsync();
    });

    public async Task RecordAsync(Caller caller, string action, Guid? childId, string outcome, string correlationId, CancellationToken ct)
    {
        await _schema.Value;
        await using var cmd = db.CreateCommand("""
            INSERT INTO registry.read_audit (actor, department, role, region, action, child_id, outcome, correlation_id)
            VALUES (@actor, @department, @role, @region, @action, @child, @outcome, @corr)
            """);
        cmd.Parameters.AddWithValue("actor", caller.User);
        cmd.Parameters.AddWithValue("department", caller.Department);
        cmd.Parameters.AddWithValue("role", caller.Role);
        cmd.Parameters.AddWithValue("region", caller.Region);
        cmd.Parameters.AddWithValue("action", action);
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)childId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("outcome", outcome);
        cmd.Parameters.AddWithValue("corr", correlationId);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
