using ChildProtection.Reporting.Failures;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;

namespace ChildProtection.Reporting.ReadModel;

/// <summary>The accountability view's table (未履行强制报告义务), written in the append's own transaction.</summary>
public sealed class FailuresProjection : TableProjection
{
    public FailuresProjection(ServiceSchema schema) : base(schema, "reporting-failures")
    {
        Table("failures_to_report", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<Guid>("child_id").AllowNulls();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn("unit_type", "text").NotNull();
            t.AddColumn("unit_name", "text").AllowNulls();
            t.AddColumn("evidence_source", "text").NotNull();
            t.AddColumn<Guid>("evidence_id").AllowNulls();
            t.AddColumn<DateTimeOffset>("known_since").NotNull();
            t.AddColumn("note", "text").NotNull();
            t.AddColumn<DateTimeOffset>("recorded_at").NotNull();
            t.AddColumn("recorded_by", "text").NotNull();
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent @event, CancellationToken cancellation)
    {
        if (@event.Data is FailureToReportRecorded e)
            Sql(ops, """
                INSERT INTO {schema}.failures_to_report (id, child_id, region_code, unit_type, unit_name, evidence_source, evidence_id, known_since, note,
                    recorded_at, recorded_by)
                VALUES (?, ?::uuid, ?, ?, ?::text, ?, ?::uuid, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """, e.RecordId, e.ChildId, e.RegionCode, e.UnitType, e.UnitName, e.EvidenceSource, e.EvidenceId, e.KnownSince, e.Note, e.RecordedAt, e.RecordedBy);
        return ValueTask.CompletedTask;
    }
}
