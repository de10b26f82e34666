using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>The children read model, kept inline so a client reads its own write at once.</summary>
public sealed class ChildrenProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.children (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                gender text NOT NULL,
                birth_date date NOT NULL,
                region_code text NOT NULL,
                household text NOT NULL,
                version bigint NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS children_region ON {c.Schema}.children (region_code text_pattern_ops);
            -- The child's active categories (codes as in Categories/CategoryCodes), kept by the categories projection.
            ALTER TABLE {c.Schema}.children ADD COLUMN IF NOT EXISTS categories text[] NOT NULL DEFAULT '{{}}';
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var (id, details, at) = e.Data switch
            {
                ChildRegistered r => (r.ChildId, r.Details, (DateTimeOffset?)r.RegisteredAt),
                ChildDetailsCorrected d => (d.ChildId, d.Details, null),
                _ => (Guid.Empty, null!, null),
            };
            if (id == Guid.Empty) continue;
            await using var cmd = c.Command($"""
                INSERT INTO {c.Schema}.children (id, name, gender, birth_date, region_code, household, version, registered_at)
                VALUES (@id, @name, @gender, @birth, @region, @household, @version, coalesce(@at, now()))
                ON CONFLICT (id) DO UPDATE SET name = @name, gender = @gender, birth_date = @birth, region_code = @region,
                    household = @household, version = @version
                """);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("name", details.Name);
            cmd.Parameters.AddWithValue("gender", details.Gender == Gender.Male ? "male" : "female");
            cmd.Parameters.AddWithValue("birth", details.BirthDate);
            cmd.Parameters.AddWithValue("region", details.RegionCode);
            cmd.Parameters.AddWithValue("household", details.Household == Household.Rural ? "rural" : "urban");
            cmd.Parameters.AddWithValue("version", e.Version);
            cmd.Parameters.Add(new Npgsql.NpgsqlParameter("at", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)at ?? DBNull.Value });
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
