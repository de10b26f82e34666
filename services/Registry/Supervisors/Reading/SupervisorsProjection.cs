using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;

namespace ChildProtection.Registry.Supervisors.Reading;

/// <summary>The supervisors read model (<c>supervisors</c>), kept inline.</summary>
public sealed class SupervisorsProjection : TableProjection
{
    public SupervisorsProjection(ServiceSchema schema) : base(schema, "supervisors")
    {
        Table("supervisors", t =>
        {
            t.AddColumn("id", "uuid").AsPrimaryKey();
            t.AddColumn("name", "text").NotNull();
            t.AddColumn("phone", "text").NotNull();
            t.AddColumn("township_code", "text").NotNull();
            t.AddColumn("active", "boolean").NotNull();
            t.AddColumn("left_on", "date").AllowNulls();
            t.AddColumn("leave_reason", "text").AllowNulls();
            t.AddColumn("version", "bigint").NotNull();
            t.AddColumn("registered_at", "timestamptz").NotNull();
            t.Indexes.Add(RegionIndex("supervisors_township", "township_code"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case SupervisorRegistered r:
                Sql(ops, """
                    INSERT INTO {schema}.supervisors (id, name, phone, township_code, active, version, registered_at)
                    VALUES (?, ?, ?, ?, true, ?, ?)
                    ON CONFLICT (id) DO NOTHING
                    """, r.SupervisorId, r.Details.Name, r.Details.Phone, r.Details.TownshipCode, e.Version, r.RegisteredAt);
                break;
            case SupervisorLeft l:
                Sql(ops, "UPDATE {schema}.supervisors SET active = false, left_on = ?, leave_reason = ?, version = ? WHERE id = ?",
                    l.LeftOn, l.Reason, e.Version, l.SupervisorId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
