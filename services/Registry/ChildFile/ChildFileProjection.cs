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

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case ChildFileEntryReceived r:
                File(ops, r.EntryId, r.ChildId, r.OccurredAt, r.Source, r.Type, r.Summary, null);
                break;
            case var data when ChildEventTypes.All.Contains(data.GetType()) && FileSummaries.Describe(data) is { } summary:
                var actor = EventMetadata.Of(e).Actor;
                File(ops, e.Id, e.StreamId, e.Timestamp, "registry", e.EventTypeName, summary, $"{actor.Department}/{actor.Role}");
                break;
        }
        return ValueTask.CompletedTask;
    }

    private void File(IDocumentOperations ops, Guid entryId, Guid childId, DateTimeOffset at, string source, string type, string summary, string? by) =>
        Sql(ops, """
            INSERT INTO {schema}.child_file (entry_id, child_id, occurred_at, source, type, summary, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?::text)
            ON CONFLICT (entry_id) DO NOTHING
            """, entryId, childId, at, source, type, summary, by);
}
