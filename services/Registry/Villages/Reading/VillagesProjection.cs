using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;

namespace ChildProtection.Registry.Villages.Reading;

/// <summary>The villages read model, kept inline so a director can be appointed right after the village is registered.</summary>
public sealed class VillagesProjection : IInlineProjection
{
    /// <inheritdoc />
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.villages (
                code text PRIMARY KEY,
                id uuid NOT NULL UNIQUE,
                name text NOT NULL,
                version bigint NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS villages_code_prefix ON {c.Schema}.villages (code text_pattern_ops);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (e.Data is not VillageRegistered registered) continue;
            await using var cmd = c.Command($"""
                INSERT INTO {c.Schema}.villages (code, id, name, version, registered_at)
                VALUES (@code, @id, @name, @version, @at)
                ON CONFLICT (code) DO UPDATE SET name = @name, version = @version
                """);
            cmd.Parameters.AddWithValue("code", registered.Code);
            cmd.Parameters.AddWithValue("id", registered.VillageId);
            cmd.Parameters.AddWithValue("name", registered.Name);
            cmd.Parameters.AddWithValue("version", e.Version);
            cmd.Parameters.AddWithValue("at", registered.RegisteredAt);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
