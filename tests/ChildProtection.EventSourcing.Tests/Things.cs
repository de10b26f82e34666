using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using JasperFx.Events;
using Marten;

namespace ChildProtection.EventSourcing.Tests;

public sealed record ThingOpened(Guid Id, string RegionCode);
public sealed record ThingNoted(Guid Id, int N);

/// <summary>A stream of the tests' own: opened in a region, then noted any number of times.</summary>
public sealed record Thing(Guid Id, string RegionCode, int Notes)
{
    public static Thing? Evolve(Thing? state, object @event) => (state, @event) switch
    {
        (_, ThingOpened e) => new Thing(e.Id, e.RegionCode, 0),
        (null, _) => null,
        (_, ThingNoted) => state with { Notes = state.Notes + 1 },
        _ => state,
    };

    public static readonly StreamKind<Thing> Kind = new("thing", Evolve, t => t.RegionCode);

    public static void Register(EventTypes types) => types.Register<ThingOpened>("test.thing-opened.v1").Register<ThingNoted>("test.thing-noted.v1");
}

/// <summary>An integration message the outbox publishes for every note.</summary>
public sealed record TestNoted(Guid StreamId, int N);

public sealed class NotesToMessages : IIntegrationEventMapper
{
    public IEnumerable<object> Map(IEvent stored) => stored.Data is ThingNoted n ? [new TestNoted(n.Id, n.N)] : [];
}

/// <summary>Inline: one row per thing with its number of notes (read-your-writes).</summary>
public sealed class ThingsTable : TableProjection
{
    public ThingsTable(ServiceSchema schema) : base(schema, "things")
    {
        Table("things", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<string>("region_code").NotNull();
            t.AddColumn<int>("notes").NotNull().DefaultValue(0);
            t.Indexes.Add(RegionIndex("things_region"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken ct)
    {
        switch (e.Data)
        {
            case ThingOpened o: Sql(ops, "INSERT INTO {schema}.things (id, region_code) VALUES (?, ?)", o.Id, o.RegionCode); break;
            case ThingNoted n: Sql(ops, "UPDATE {schema}.things SET notes = notes + 1 WHERE id = ?", n.Id); break;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Async, under the daemon: one row per note, in the log's order (what a rebuild must reproduce).</summary>
public sealed class NotesLog : TableProjection
{
    public const string ProjectionName = "notes-log";

    public NotesLog(ServiceSchema schema) : base(schema, ProjectionName)
    {
        Table("notes_log", t =>
        {
            t.AddColumn<long>("position").BigAutoIncrement().AsPrimaryKey();
            t.AddColumn<Guid>("event_id").NotNull();
            t.AddColumn<Guid>("thing_id").NotNull();
            t.AddColumn<int>("n").NotNull();
            t.Indexes.Add(new Weasel.Postgresql.Tables.IndexDefinition("notes_log_event") { Columns = ["event_id"], IsUnique = true });
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken ct)
    {
        if (e.Data is ThingNoted n) Sql(ops, "INSERT INTO {schema}.notes_log (event_id, thing_id, n) VALUES (?, ?, ?)", e.Id, n.Id, n.N);
        return ValueTask.CompletedTask;
    }
}
