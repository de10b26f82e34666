using System.Text.Json;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Relief.Facts;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Relief.Entitlements;

/// <summary><c>relief.children</c>: each child's folded relief state and version, in the append's transaction.</summary>
public sealed class ReliefProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command($"""
            CREATE TABLE IF NOT EXISTS relief.children (
                child_id uuid PRIMARY KEY,
                region_code text NOT NULL,
                state jsonb NOT NULL,
                version bigint NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS children_region ON relief.children (region_code text_pattern_ops);
            {ChildFactsTable.Ddl}
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var childId = events[0].StreamId;
        ChildRelief? state = null;
        await using (var read = context.Command("SELECT state FROM relief.children WHERE child_id = @id"))
        {
            read.Parameters.AddWithValue("id", childId);
            if (await read.ExecuteScalarAsync(ct) is string json) state = JsonSerializer.Deserialize<ChildRelief>(json, EventTypes.Json);
        }
        state = events.Aggregate(state, (s, e) => ChildRelief.Evolve(s, e.Data));
        if (state is null) return;
        await using var write = context.Command("""
            INSERT INTO relief.children (child_id, region_code, state, version, updated_at) VALUES (@id, @region, @state, @version, @at)
            ON CONFLICT (child_id) DO UPDATE SET region_code = @region, state = @state, version = @version, updated_at = @at
            """);
        write.Parameters.AddWithValue("id", childId);
        write.Parameters.AddWithValue("region", state.RegionCode);
        write.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(state, EventTypes.Json) });
        write.Parameters.AddWithValue("version", events[^1].Version);
        write.Parameters.AddWithValue("at", events[^1].RecordedAt);
        await write.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Every child's state under a region prefix.</summary>
    public static async Task<IReadOnlyList<(ChildRelief State, long Version)>> UnderAsync(NpgsqlDataSource db, string prefix, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT state, version FROM relief.children WHERE region_code LIKE @prefix ORDER BY child_id");
        cmd.Parameters.AddWithValue("prefix", prefix + "%");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(ChildRelief, long)>();
        while (await r.ReadAsync(ct)) list.Add((JsonSerializer.Deserialize<ChildRelief>(r.GetString(0), EventTypes.Json)!, r.GetInt64(1)));
        return list;
    }
}
