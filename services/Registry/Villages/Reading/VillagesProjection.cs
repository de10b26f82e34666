using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Registry.Villages.Reading;

/// <summary>The villages read model (<c>villages</c>), kept inline so a director can be appointed right after the village is registered.</summary>
public sealed class VillagesProjection : TableProjection
{
    public VillagesProjection(ServiceSchema schema) : base(schema, "villages")
    {
        Table("villages", t =>
        {
            t.AddColumn("code", "text").AsPrimaryKey();
            t.AddColumn("id", "uuid").NotNull();
            t.AddColumn("name", "text").NotNull();
            t.AddColumn("version", "bigint").NotNull();
            t.AddColumn("registered_at", "timestamptz").NotNull();
            t.Indexes.Add(new IndexDefinition("villages_id_key") { Columns = ["id"], IsUnique = true });
            t.Indexes.Add(RegionIndex("villages_code_prefix", "code"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is VillageRegistered registered)
            Sql(ops, """
                INSERT INTO {schema}.villages (code, id, name, version, registered_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, version = excluded.version
                """, registered.Code, registered.VillageId, registered.Name, e.Version, registered.RegisteredAt);
        return ValueTask.CompletedTask;
    }
}
