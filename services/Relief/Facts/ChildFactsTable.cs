using System.Text.Json;
using ChildProtection.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Relief.Facts;

/// <summary>The <c>relief.child_facts</c> read model (the facts as one jsonb document per child).</summary>
public static class ChildFactsTable
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS relief.child_facts (
            child_id uuid PRIMARY KEY,
            region_code text,
            facts jsonb NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now());
        """;

    public static async Task<ChildFacts?> ReadAsync(NpgsqlDataSource db, Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT facts FROM relief.child_facts WHERE child_id = @id");
        cmd.Parameters.AddWithValue("id", childId);
        return await cmd.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<ChildFacts>(json, EventTypes.Json) : null;
    }

    /// <summary>Every child with a known region (for the daily re-assessment).</summary>
    public static async Task<IReadOnlyList<ChildFacts>> AllAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT facts FROM relief.child_facts WHERE region_code IS NOT NULL ORDER BY child_id");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<ChildFacts>();
        while (await r.ReadAsync(ct)) list.Add(JsonSerializer.Deserialize<ChildFacts>(r.GetString(0), EventTypes.Json)!);
        return list;
    }

    public static async Task UpsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ChildFacts f, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO relief.child_facts (child_id, region_code, facts, updated_at) VALUES (@id, @region, @facts, now())
            ON CONFLICT (child_id) DO UPDATE SET region_code = @region, facts = @facts, updated_at = now()
            """, conn, tx);
        cmd.Parameters.AddWithValue("id", f.ChildId);
        cmd.Parameters.Add(new NpgsqlParameter("region", NpgsqlDbType.Text) { Value = (object?)f.RegionCode ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("facts", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(f, EventTypes.Json) });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
