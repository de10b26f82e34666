using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Police.Cases.Reading;

/// <summary>The cases list (<c>cases</c>), written in the append's transaction (read-your-writes). Holds no free text and no names.</summary>
public sealed class CasesProjection : TableProjection
{
    public CasesProjection(ServiceSchema schema) : base(schema, "police-cases")
    {
        Table("cases", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<string>("source").NotNull();
            t.AddColumn<Guid>("report_id").AllowNulls();
            t.AddColumn<Guid>("routing_id").AllowNulls();
            t.AddColumn<Guid>("child_id").AllowNulls();
            t.AddColumn<string>("region_code").NotNull();
            t.AddColumn<string>("kind").NotNull();
            t.AddColumn<string>("status").NotNull();
            t.AddColumn<string>("outcome").AllowNulls();
            t.AddColumn<bool>("referred").NotNull().DefaultValueByExpression("false");
            t.AddColumn<DateTimeOffset>("opened_at").NotNull();
            t.AddColumn<DateTimeOffset>("ended_at").AllowNulls();
            t.AddColumn<long>("version").NotNull();
            t.Indexes.Add(RegionIndex("cases_region"));
            // One case per routing of a mandatory report.
            t.Indexes.Add(new IndexDefinition("cases_routing") { Columns = ["routing_id"], IsUnique = true, Predicate = "routing_id IS NOT NULL" });
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case CaseOpened o:
                Sql(ops, """
                    INSERT INTO {schema}.cases (id, source, report_id, routing_id, child_id, region_code, kind, status, opened_at, version)
                    VALUES (?, ?, ?::uuid, ?::uuid, ?::uuid, ?, ?, 'open', ?, ?)
                    """, o.CaseId, o.Source, o.ReportId, o.RoutingId, o.ChildId, o.RegionCode, o.Kind, o.OpenedAt, e.Version);
                break;
            case CaseKindDecided k:
                Sql(ops, "UPDATE {schema}.cases SET kind = ?, version = ? WHERE id = ?", k.Kind, e.Version, k.CaseId);
                break;
            case CaseChildIdentified i:
                Sql(ops, "UPDATE {schema}.cases SET child_id = ?, version = ? WHERE id = ?", i.ChildId, e.Version, i.CaseId);
                break;
            case CaseReferredToProcuratorate r:
                Sql(ops, "UPDATE {schema}.cases SET referred = true, version = ? WHERE id = ?", e.Version, r.CaseId);
                break;
            case CaseTransferred t:
                Sql(ops, "UPDATE {schema}.cases SET status = 'transferred', outcome = 'transferred', ended_at = ?, version = ? WHERE id = ?",
                    t.TransferredAt, e.Version, t.CaseId);
                break;
            case CaseClosed x:
                Sql(ops, "UPDATE {schema}.cases SET status = 'closed', outcome = ?, ended_at = ?, version = ? WHERE id = ?",
                    x.Outcome, x.ClosedAt, e.Version, x.CaseId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
