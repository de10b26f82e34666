using ChildProtection.Registry.Children;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Registry.ChildFile;

/// <summary>
/// The child file's timeline (<c>child_file</c>), built by the async daemon after the commit: the registry's own events about
/// the child (<see cref="FileSummaries"/>, recorded by the acting department and role) and every other service's events
/// received for it (<see cref="ChildFileEntryReceived"/>). Each entry once, by its id (the event's id, or the received
/// message's id). An operator rebuilds it from the log with <c>POST /api/registry/operations/projections/child-file/rebuild</c>.
/// </summary>
public sealed class ChildFileProjection : TableProjection
{
    public const string ProjectionName = "child-file";

    public ChildFileProjection(ServiceSchema schema) : base(schema, ProjectionName)
    {
        Table("child_file", t =>
        {
            t.AddColumn<long>("position").BigAutoIncrement().AsPrimaryKey();
            t.AddColumn("entry_id", "uuid").NotNull();
            t.AddColumn("child_id", "uuid").NotNull();
            t.AddColumn("occurred_at", "timestamptz").NotNull();
            t.AddColumn("source", "text").NotNull();
            t.AddColumn("type", "text").NotNull();
            t.AddColumn("summary", "text").NotNull();
            t.AddColumn("recorded_by", "text").AllowNulls();
            t.Indexes.Add(new IndexDefinition("child_file_entry_id_key") { Columns = ["entry_id"], IsUnique = true });
            t.Indexes.Add(Index("child_file_child", "child_id", "occurred_at", "position"));
        });
    }

    /// <summary>Files a page's entries with one set-based statement (a rebuild replays a million events a page at a time).</summary>
    protected override Task ApplyPageAsync(IDocumentOperations ops, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var rows = events.Select(Entry).OfType<Row>().ToList();
        if (rows.Count == 0) return Task.CompletedTask;
        Sql(ops, """
            INSERT INTO {schema}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
            SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[])
            ON CONFLICT (entry_id) DO NOTHING
            """, rows.Select(r => r.EntryId).ToArray(), rows.Select(r => r.ChildId).ToArray(), rows.Select(r => r.At.ToUniversalTime()).ToArray(),
            rows.Select(r => r.Source).ToArray(), rows.Select(r => r.Type).ToArray(), rows.Select(r => r.Summary).ToArray(),
            rows.Select(r => r.RecordedBy).ToArray());
        return Task.CompletedTask;
    }

    private sealed record Row(Guid EntryId, Guid ChildId, DateTimeOffset At, string Source, string Type, string Summary, string? RecordedBy);

    /// <summary>The timeline entry an event makes, if any.</summary>
    private static Row? Entry(IEvent e)
    {
        switch (e.Data)
        {
            case ChildFileEntryReceived r:
                return new Row(r.EntryId, r.ChildId, r.OccurredAt, r.Source, r.Type, r.Summary, null);
            case var data when ChildEventTypes.All.Contains(data.GetType()) && FileSummaries.Describe(data) is { } summary:
                var actor = EventMetadata.Of(e).Actor;
                return new Row(e.Id, e.StreamId, e.Timestamp, "registry", e.EventTypeName, summary, $"{actor.Department}/{actor.Role}");
            default:
                return null;
        }
    }
}
