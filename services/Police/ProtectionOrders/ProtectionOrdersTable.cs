using ChildProtection.ServiceDefaults.EventSourcing;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Police.ProtectionOrders;

/// <summary>
/// The court's personal-safety protection orders served on the police (ADVL art. 32: 人民法院作出人身安全保护令后，应当送达……
/// 公安机关以及居民委员会、村民委员会等有关组织), kept so officers can enforce them (<c>protection_orders</c>). Filled from the
/// court's messages, not from the police's own events: a table of the service's schema that Marten creates with the event
/// store before anything is consumed (and never empties: it is no projection).
/// </summary>
public static class ProtectionOrdersTable
{
    public const string Name = "protection_orders";

    /// <summary>Declares the table to Marten.</summary>
    public static void AddTo(StoreOptions store, ServiceSchema schema)
    {
        var table = new Table(new PostgresqlObjectName(schema.Name, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("order_id").AsPrimaryKey();
        table.AddColumn<Guid>("child_id").NotNull();
        table.AddColumn<string>("region_code").NotNull();
        table.AddColumn("measures", "text[]").NotNull();
        table.AddColumn("valid_from", "date").NotNull();
        table.AddColumn("valid_until", "date").NotNull();
        table.AddColumn<string>("status").NotNull();
        table.AddColumn<DateTimeOffset>("served_at").NotNull();
        table.AddColumn<DateTimeOffset>("changed_at").NotNull();
        table.Indexes.Add(new IndexDefinition("protection_orders_region") { Columns = ["region_code"], Mask = "? text_pattern_ops" });
        store.Storage.ExtendedSchemaObjects.Add(table);
    }
}
