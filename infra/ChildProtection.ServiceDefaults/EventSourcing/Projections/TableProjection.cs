using Marten;
using Marten.Events.Projections;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ChildProtection.ServiceDefaults.EventSourcing.Projections;

/// <summary>
/// A read model kept in plain tables of the service's schema, which the service queries with SQL. The tables are Weasel
/// <see cref="Table"/> definitions, so Marten creates and migrates them with the event store and empties them when the
/// projection is rebuilt; <c>Apply</c> queues its statements in Marten's batch (inline: the append's own transaction;
/// async: the daemon's batch with the projection's progress).
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

    /// <summary>
    /// Queues a statement in the projection's batch: <c>{schema}</c> in <paramref name="sql"/> is the service's schema and each
    /// <c>?</c> a positional parameter. Give a <c>null</c> parameter a cast (<c>?::timestamptz</c>) where its type is not implied.
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
        _ => value,
    };
}
