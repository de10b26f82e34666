using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;

namespace ChildProtection.Registry.ChildFile;

/// <summary>Files the registry's own events on the child's timeline, in the append's transaction.</summary>
public sealed class ChildFileProjection : IInlineProjection
{
    public Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct) => ChildFileTable.EnsureAsync(c, ct);

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (FileSummaries.Describe(e.Data) is not { } summary) continue;
            await using var cmd = c.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, ChildFileTable.Insert, c.Schema));
            cmd.Parameters.AddWithValue("entry", e.EventId);
            cmd.Parameters.AddWithValue("child", e.StreamId);
            cmd.Parameters.AddWithValue("at", e.RecordedAt);
            cmd.Parameters.AddWithValue("source", "registry");
            cmd.Parameters.AddWithValue("type", e.Type);
            cmd.Parameters.AddWithValue("summary", summary);
            cmd.Parameters.AddWithValue("by", $"{e.Metadata.Actor.Department}/{e.Metadata.Actor.Role}");
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
