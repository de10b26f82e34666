using ChildProtection.EventStore.Projections;

namespace ChildProtection.EventStore.Tests;

/// <summary>Records every event it sees (primary key on event id: a double apply would fail) and a sum per stream.</summary>
public sealed class CountingProjection : IAsyncProjection
{
    public string Name => "counting";

    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.seen (event_id uuid PRIMARY KEY, stream_id uuid NOT NULL, seq bigserial);
            CREATE TABLE IF NOT EXISTS {c.Schema}.sums (stream_id uuid PRIMARY KEY, total bigint NOT NULL, events int NOT NULL);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var n = e.Data is Noted noted ? noted.N : 0;
            await using var cmd = c.Command($"""
                INSERT INTO {c.Schema}.seen (event_id, stream_id) VALUES (@e, @s);
                INSERT INTO {c.Schema}.sums (stream_id, total, events) VALUES (@s, @n, 1)
                ON CONFLICT (stream_id) DO UPDATE SET total = sums.total + @n, events = sums.events + 1;
                """);
            cmd.Parameters.AddWithValue("e", e.EventId);
            cmd.Parameters.AddWithValue("s", e.StreamId);
            cmd.Parameters.AddWithValue("n", (long)n);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task ResetAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"TRUNCATE {c.Schema}.seen, {c.Schema}.sums");
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
