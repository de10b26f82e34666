using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Police.Instruments;

/// <summary>
/// Every instrument of every case in one list (<c>instruments</c>), written in the append's transaction: the case's
/// instruments view, the masked lists and the deadline scanner's work queue (<c>due_at</c> while the clock runs,
/// <c>overdue</c> once flagged).
/// </summary>
public sealed class InstrumentsProjection : TableProjection
{
    public InstrumentsProjection(ServiceSchema schema) : base(schema, "police-instruments")
    {
        Table("instruments", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<Guid>("case_id").NotNull();
            t.AddColumn<string>("kind").NotNull();
            t.AddColumn<string>("stream_type").NotNull();
            t.AddColumn<Guid>("child_id").AllowNulls();
            t.AddColumn<string>("region_code").NotNull();
            t.AddColumn<string>("status").NotNull();
            t.AddColumn<string>("named_person_masked").AllowNulls();
            t.AddColumn<DateTimeOffset>("issued_at").NotNull();
            t.AddColumn<DateTimeOffset>("due_at").AllowNulls();
            t.AddColumn<bool>("overdue").NotNull().DefaultValueByExpression("false");
            t.AddColumn<long>("version").NotNull();
            t.Indexes.Add(Index("instruments_case", "case_id"));
            t.Indexes.Add(new IndexDefinition("instruments_due") { Columns = ["due_at"], Predicate = "due_at IS NOT NULL AND NOT overdue" });
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case IInstrumentIssued i:
                Sql(ops, """
                    INSERT INTO {schema}.instruments (id, case_id, kind, stream_type, child_id, region_code, status, named_person_masked, issued_at, due_at, version)
                    VALUES (?, ?, ?, ?, ?::uuid, ?, ?, ?::text, ?, ?::timestamptz, ?)
                    """, i.InstrumentId, i.CaseId, i.InstrumentKind, InstrumentKinds.StreamTypeOf(i.InstrumentKind), i.ChildId, i.RegionCode,
                    i.InstrumentStatus, i.NamedPerson is null ? null : Names.Mask(i.NamedPerson), i.IssuedAt, i.DueAt, e.Version);
                break;
            case IInstrumentChanged changed:
                Sql(ops, "UPDATE {schema}.instruments SET status = ?, version = ?, due_at = CASE WHEN ? THEN NULL ELSE due_at END WHERE id = ?",
                    changed.InstrumentStatus, e.Version, changed.StopsClock, changed.InstrumentId);
                break;
            case IInstrumentOverdue overdue:
                Sql(ops, "UPDATE {schema}.instruments SET overdue = true, version = ? WHERE id = ?", e.Version, overdue.InstrumentId);
                break;
        }
        return ValueTask.CompletedTask;
    }
}
