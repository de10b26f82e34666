using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Reporting.ReadModel;

/// <summary>
/// The inboxes, the deadline scan, the SLA view, receipts and duplicate search read these tables, written in the append's
/// own transaction. Reporter identity and observations stay in the events: the tables hold routing facts only.
/// <c>reports.version</c> is the report stream's version (the inbox's If-Match): one more for every event after the filing.
/// </summary>
public sealed class ReportsProjection : TableProjection
{
    public ReportsProjection(ServiceSchema schema) : base(schema, "reporting-reports")
    {
        Table("reports", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn("receipt_number", "text").NotNull();
            t.AddColumn("secret_hash", "text").NotNull();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn<Guid>("child_id").AllowNulls();
            t.AddColumn<Guid>("provisional_id").AllowNulls();
            t.AddColumn("situations", "text[]").NotNull();
            t.AddColumn("urgency", "text").NotNull();
            t.AddColumn("channel", "text").NotNull();
            t.AddColumn<DateTimeOffset>("observed_at").NotNull();
            t.AddColumn<DateTimeOffset>("filed_at").NotNull();
            t.AddColumn<long>("version").NotNull();
            t.AddColumn("linked_to", "uuid[]").NotNull().DefaultValueByExpression("'{}'");
            t.Indexes.Add(new IndexDefinition("reports_receipt_number_key") { Columns = ["receipt_number"], IsUnique = true });
            t.Indexes.Add(new IndexDefinition("reports_child") { Columns = ["child_id", "filed_at"], Predicate = "child_id IS NOT NULL" });
            t.Indexes.Add(new IndexDefinition("reports_provisional") { Columns = ["provisional_id", "filed_at"], Predicate = "provisional_id IS NOT NULL" });
        });
        Table("routings", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn<Guid>("report_id").NotNull();
            t.AddColumn("department", "text").NotNull();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn("status", "text").NotNull();
            t.AddColumn<DateTimeOffset>("routed_at").NotNull();
            t.AddColumn<DateTimeOffset>("accept_due").NotNull();
            foreach (var at in new[] { "accepted_at", "outcome_due", "outcome_at", "feedback_due", "fed_back_at", "transferred_at",
                         "acceptance_overdue_at", "handling_overdue_at", "feedback_overdue_at" })
                t.AddColumn<DateTimeOffset>(at).AllowNulls();
            // The inbox: a department's routings under the caller's region prefix (LIKE '1201%'), oldest first.
            t.Indexes.Add(new IndexDefinition("routings_inbox") { Columns = ["department", "region_code text_pattern_ops", "routed_at"] });
            t.Indexes.Add(Index("routings_report", "report_id"));
        });
        Table("provisional_children", t =>
        {
            t.AddColumn<Guid>("id").AsPrimaryKey();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn("name", "text").NotNull();
            t.AddColumn("birth_date", "date").AllowNulls();
            t.AddColumn<DateTimeOffset>("created_at").NotNull();
            t.Indexes.Add(Index("provisional_children_match", "region_code", "name", "birth_date"));
        });
    }

    public override ValueTask ApplyAsync(IDocumentOperations ops, IEvent @event, CancellationToken cancellation)
    {
        switch (@event.Data)
        {
            case ReportFiled e:
                Sql(ops, """
                    INSERT INTO {schema}.reports (id, receipt_number, secret_hash, region_code, child_id, provisional_id, situations, urgency, channel,
                        observed_at, filed_at, version)
                    VALUES (?, ?, ?, ?, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, 1)
                    """, e.ReportId, e.ReceiptNumber, e.SecretHash, e.Child.RegionCode, e.Child.ChildId, e.Child.Provisional?.ProvisionalId, e.Situations,
                    e.Urgency, e.Channel, e.ObservedAt, e.FiledAt);
                if (e.Child.Provisional is { } p)
                    Sql(ops, """
                        INSERT INTO {schema}.provisional_children (id, region_code, name, birth_date, created_at) VALUES (?, ?, ?, ?::date, ?)
                        ON CONFLICT (id) DO NOTHING
                        """, p.ProvisionalId, e.Child.RegionCode, p.Name, p.BirthDate, e.FiledAt);
                return ValueTask.CompletedTask;
            case ProvisionalChildLinked e:
                Sql(ops, "UPDATE {schema}.reports SET child_id = ? WHERE id = ?", e.ChildId, e.ReportId);
                break;
            case DuplicateLinked e:
                Sql(ops, "UPDATE {schema}.reports SET linked_to = array_append(linked_to, ?) WHERE id = ?", e.EarlierReportId, e.ReportId);
                Sql(ops, "UPDATE {schema}.reports SET linked_to = array_append(linked_to, ?) WHERE id = ? AND NOT (? = ANY(linked_to))",
                    e.ReportId, e.EarlierReportId, e.ReportId);
                break;
            case ReportRouted e:
                Sql(ops, """
                    INSERT INTO {schema}.routings (id, report_id, department, region_code, status, routed_at, accept_due)
                    VALUES (?, ?, ?, ?, 'awaiting-acceptance', ?, ?)
                    """, e.RoutingId, e.ReportId, e.Department, e.RegionCode, e.RoutedAt, e.AcceptDueAt);
                break;
            case RoutingAccepted e:
                Sql(ops, "UPDATE {schema}.routings SET status = 'accepted', accepted_at = ?, outcome_due = ? WHERE id = ?", e.AcceptedAt, e.OutcomeDueAt, e.RoutingId);
                break;
            case RoutingTransferred e:
                Sql(ops, "UPDATE {schema}.routings SET status = 'transferred', transferred_at = ? WHERE id = ?", e.TransferredAt, e.RoutingId);
                break;
            case HandlingStepRecorded:
                break;
            case RoutingOutcomeRecorded e:
                Sql(ops, "UPDATE {schema}.routings SET status = 'outcome-recorded', outcome_at = ?, feedback_due = ? WHERE id = ?",
                    e.RecordedAt, e.FeedbackDueAt, e.RoutingId);
                break;
            case OutcomeFedBack e:
                Sql(ops, "UPDATE {schema}.routings SET status = 'fed-back', fed_back_at = ? WHERE id = ?", e.FedBackAt, e.RoutingId);
                break;
            case AcceptanceOverdue e:
                Sql(ops, "UPDATE {schema}.routings SET acceptance_overdue_at = ? WHERE id = ?", e.DetectedAt, e.RoutingId);
                break;
            case HandlingOverdue e:
                Sql(ops, "UPDATE {schema}.routings SET handling_overdue_at = ? WHERE id = ?", e.DetectedAt, e.RoutingId);
                break;
            case FeedbackOverdue e:
                Sql(ops, "UPDATE {schema}.routings SET feedback_overdue_at = ? WHERE id = ?", e.DetectedAt, e.RoutingId);
                break;
            default:
                return ValueTask.CompletedTask;
        }
        // Every event of a report after its filing is one more version (quick appends give the projection no version of its own).
        Sql(ops, "UPDATE {schema}.reports SET version = version + 1 WHERE id = ?", @event.StreamId);
        return ValueTask.CompletedTask;
    }
}
