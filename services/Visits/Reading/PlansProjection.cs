using System.Text.Json;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Visits.Planning;
using ChildProtection.Visits.Plans;
using NpgsqlTypes;

namespace ChildProtection.Visits.Reading;

/// <summary>
/// <c>visits.plans</c>: each plan's folded state and version, in the append's transaction (read-your-writes). Due dates are
/// not stored: they depend on the as-of date and the pack, so reads compute them from the state.
/// </summary>
public sealed class PlansProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command($"""
            CREATE TABLE IF NOT EXISTS visits.plans (
                child_id uuid PRIMARY KEY,
                region_code text NOT NULL,
                director_id uuid,
                open boolean NOT NULL,
                state jsonb NOT NULL,
                version bigint NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS plans_region ON visits.plans (region_code text_pattern_ops) WHERE open;
            {ChildFactsTable.Ddl}
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var childId = events[0].StreamId;
        Plan? plan = null;
        await using (var read = context.Command("SELECT state FROM visits.plans WHERE child_id = @id"))
        {
            read.Parameters.AddWithValue("id", childId);
            if (await read.ExecuteScalarAsync(ct) is string json) plan = JsonSerializer.Deserialize<Plan>(json, EventTypes.Json);
        }
        plan = events.Aggregate(plan, (p, e) => Plan.Evolve(p, e.Data));
        if (plan is null) return;
        await using var write = context.Command("""
            INSERT INTO visits.plans (child_id, region_code, director_id, open, state, version, updated_at)
            VALUES (@id, @region, @director, @open, @state, @version, @at)
            ON CONFLICT (child_id) DO UPDATE SET region_code = @region, director_id = @director, open = @open, state = @state,
                version = @version, updated_at = @at
            """);
        write.Parameters.AddWithValue("id", childId);
        write.Parameters.AddWithValue("region", plan.RegionCode);
        write.Parameters.Add(new Npgsql.NpgsqlParameter("director", NpgsqlDbType.Uuid) { Value = (object?)plan.DirectorId ?? DBNull.Value });
        write.Parameters.AddWithValue("open", plan.Open);
        write.Parameters.Add(new Npgsql.NpgsqlParameter("state", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(plan, EventTypes.Json) });
        write.Parameters.AddWithValue("version", events[^1].Version);
        write.Parameters.AddWithValue("at", events[^1].RecordedAt);
        await write.ExecuteNonQueryAsync(ct);
    }
}
