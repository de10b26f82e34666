using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ChildProtection.ServiceDefaults.EventSourcing.Projections;

/// <summary>
/// A read model kept in plain tables of the service's schema, which the service queries with SQL. The tables are Weasel
/// <see cref="Table"/> definitions, so Marten creates and migrates them with the event store and empties them when the
/// projection is rebuilt. Marten hands the projection a page of events at a time — inline: the events of one
/// <c>SaveChangesAsync</c>, in its transaction; async: a page of the daemon's, committed with the projection's progress — and
/// the projection queues its statements in that batch (<see cref="Sql"/>): per event
/// (<c>ApplyAsync(operations, event, cancellation)</c>), or for the whole page
/// (<see cref="ApplyPageAsync"/>) when one set-based statement, or one read of the page's current rows, serves many events.
/// </summary>
public abstract class TableProjection : EventProjection
{
    protected TableProjection(ServiceSchema schema, string name)
    {
        Schema = schema;
        Name = name;
    }

    /// <summary>The service's schema.</summary>
    protected ServiceSchema Schema { get; }

    /// <summary>The daemon's page size for an async projection (events per batch, Marten's default 500).</summary>
    protected int PageSize { set => Options.BatchSize = value; }

    /// <summary>Declares a table of this projection: created and migrated by Marten, emptied on a rebuild.</summary>
    protected Table Table(string name, Action<Table> define)
    {
        var table = new Table(new PostgresqlObjectName(Schema.Name, name, SchemaUtils.IdentifierUsage.General));
        define(table);
        SchemaObjects.Add(table);
        Options.DeleteDataInTableOnTeardown(Schema.Table(name));
        return table;
    }

    /// <summary>A btree index on <paramref name="columns"/>.</summary>
    protected static IndexDefinition Index(string name, params string[] columns) => new(name) { Columns = columns };

    /// <summary>The index that serves a caller's region filter (<c>region_code LIKE '1201%'</c>) on <paramref name="column"/>.</summary>
    protected static IndexDefinition RegionIndex(string name, string column = "region_code") =>
        new(name) { Columns = [column], Mask = "? text_pattern_ops" };

    /// <summary>Applies one event (nothing, unless overridden): queue its statements with <see cref="Sql"/>.</summary>
    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Applies a whole page of events before the per-event <c>ApplyAsync</c> sees them one by one.</summary>
    protected virtual Task ApplyPageAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        Task.CompletedTask;

    // Marten offers one hook per page, meant for reading ahead; its session is the page's own operations, in which the page's
    // statements are queued and run with the page.
    public sealed override Task EnrichEventsAsync(IQuerySession querySession, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
        querySession is IDocumentOperations operations
            ? ApplyPageAsync(operations, events, cancellation)
            : throw new InvalidOperationException($"Projection {Name} was given a read-only session for a page of events.");

    /// <summary>
    /// Queues a statement in the projection's batch: <c>{schema}</c> in <paramref name="sql"/> is the service's schema and each
    /// <c>?</c> a positional parameter. Give a <c>null</c> parameter a cast (<c>?::timestamptz</c>) where its type is not implied:
    /// an untyped null travels as text. Statements run after the page is applied, so a projection never reads back what it
    /// queued: fold what it needs from the events, or use set-based SQL.
    /// </summary>
    protected void Sql(IDocumentOperations operations, string sql, params object?[] parameters) =>
        operations.QueueSqlCommand(sql.Replace("{schema}", Schema.Name, StringComparison.Ordinal), parameters.Select(Normalize).ToArray()!);

    // PostgreSQL's timestamptz takes UTC instants from Npgsql; lists travel as arrays.
    private static object? Normalize(object? value) => value switch
    {
        DateTimeOffset at => at.ToUniversalTime(),
        string => value,
        IEnumerable<string> texts => texts.ToArray(),
        IEnumerable<Guid> ids => ids.ToArray(),
        IEnumerable<DateTimeOffset> instants => instants.Select(at => at.ToUniversalTime()).ToArray(),
        _ => value,
    };
}
