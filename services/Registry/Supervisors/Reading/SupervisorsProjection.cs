using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using Npgsql;

namespace ChildProtection.Registry.Supervisors.Reading;

/// <summary>The supervisors read model, kept inline.</summary>
public sealed class SupervisorsProjection : IInlineProjection
{
    /// <inheritdoc />
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.supervisors (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                phone text NOT NULL,
                township_code text NOT NULL,
                active boolean NOT NULL,
                left_on date NULL,
                leave_reason text NULL,
                version bigint NOT NULL,
                registered_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS supervisors_township ON {c.Schema}.supervisors (township_code text_pattern_ops);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            await using var cmd = e.Data switch
            {
                SupervisorRegistered r => Registered(c, r),
                SupervisorLeft l => Left(c, l),
                _ => null,
            };
            if (cmd is null) continue;
            cmd.Parameters.AddWithValue("version", e.Version);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private static NpgsqlCommand Registered(ProjectionContext c, SupervisorRegistered e)
    {
        var cmd = c.Command($"""
            INSERT INTO {c.Schema}.supervisors (id, name, phone, township_code, active, version, registered_at)
            VALUES (@id, @name, @phone, @township, true, @version, @at)
            ON CONFLICT (id) DO NOTHING
            """);
        cmd.Parameters.AddWithValue("id", e.SupervisorId);
        cmd.Parameters.AddWithValue("name", e.Details.Name);
        cmd.Parameters.AddWithValue("phone", e.Details.Phone);
        cmd.Parameters.AddWithValue("township", e.Details.TownshipCode);
        cmd.Parameters.AddWithValue("at", e.RegisteredAt);
        return cmd;
    }

    private static NpgsqlCommand Left(ProjectionContext c, SupervisorLeft e)
    {
        var cmd = c.Command($"""
            UPDATE {c.Schema}.supervisors SET active = false, left_on = @leftOn, leave_reason = @reason, version = @version WHERE id = @id
            """);
        cmd.Parameters.AddWithValue("id", e.SupervisorId);
        cmd.Parameters.AddWithValue("leftOn", e.LeftOn);
        cmd.Parameters.AddWithValue("reason", e.Reason);
        return cmd;
    }
}
