using ChildProtection.EventStore.Projections;

namespace ChildProtection.Registry.ChildFile;

/// <summary>The child file's timeline: the registry's own events and every other service's events about the child.</summary>
public static class ChildFileTable
{
    public static string Ddl(string schema) => $"""
        CREATE TABLE IF NOT EXISTS {schema}.child_file (
            position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entry_id uuid NOT NULL UNIQUE,
            child_id uuid NOT NULL,
            occurred_at timestamptz NOT NULL,
            source text NOT NULL,
            type text NOT NULL,
            summary text NOT NULL,
            recorded_by text NULL);
        CREATE INDEX IF NOT EXISTS child_file_child ON {schema}.child_file (child_id, occurred_at, position);
        """;

    /// <summary>Files an entry once (by entry id), and only for a child this registry knows.</summary>
    public const string Insert = """
        INSERT INTO {0}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
        SELECT @entry, @child, @at, @source, @type, @summary, @by
        WHERE EXISTS (SELECT 1 FROM {0}.children WHERE id = @child)
        ON CONFLICT (entry_id) DO NOTHING
        """;

    /// <summary>Creates the table in a projection's context (the registry's own events are filed inline).</summary>
    public static async Task EnsureAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command(Ddl(c.Schema));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
