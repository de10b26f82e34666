using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Reporting.Reports;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Reporting.ReadModel;

/// <summary>
/// The inboxes, the deadline scan, the SLA view, receipts and duplicate search read these tables, kept in the append's
/// own transaction. Reporter identity and observations stay in the events: the tables hold routing facts only.
/// </summary>
public sealed class ReportsProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command("""
            CREATE TABLE IF NOT EXISTS reporting.reports (
                id uuid PRIMARY KEY, receipt_number text NOT NULL UNIQUE, secret_hash text NOT NULL, region_code text NOT NULL,
                child_id uuid, provisional_id uuid, situations text[] NOT NULL, urgency text NOT NULL, channel text NOT NULL,
                observed_at timestamptz NOT NULL, filed_at timestamptz NOT NULL, version bigint NOT NULL, linked_to uuid[] NOT NULL DEFAULT '{}');
            CREATE INDEX IF NOT EXISTS reports_child ON reporting.reports (child_id, filed_at) WHERE child_id IS NOT NULL;
            CREATE INDEX IF NOT EXISTS reports_provisional ON reporting.reports (provisional_id, filed_at) WHERE provisional_id IS NOT NULL;
            CREATE TABLE IF NOT EXISTS reporting.routings (
                id uuid PRIMARY KEY, report_id uuid NOT NULL, department text NOT NULL, region_code text NOT NULL, status text NOT NULL,
                routed_at timestamptz NOT NULL, accept_due timestamptz NOT NULL, accepted_at timestamptz, outcome_due timestamptz,
                outcome_at timestamptz, feedback_due timestamptz, fed_back_at timestamptz, transferred_at timestamptz,
                acceptance_overdue_at timestamptz, handling_overdue_at timestamptz, feedback_overdue_at timestamptz);
            CREATE INDEX IF NOT EXISTS routings_inbox ON reporting.routings (department, region_code text_pattern_ops, routed_at);
            CREATE INDEX IF NOT EXISTS routings_report ON reporting.routings (report_id);
            CREATE TABLE IF NOT EXISTS reporting.provisional_children (
                id uuid PRIMARY KEY, region_code text NOT NULL, name text NOT NULL, birth_date date, created_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS provisional_children_match ON reporting.provisional_children (region_code, name, birth_date);
            CREATE TABLE IF NOT EXISTS reporting.idempotency (
                caller text NOT NULL, key text NOT NULL, request_hash text NOT NULL, report_id uuid NOT NULL, receipt_number text NOT NULL,
                secret text NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (caller, key));
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var stored in events)
        {
            switch (stored.Data)
            {
                case ReportFiled e:
                    await Run(context, """
                        INSERT INTO reporting.reports (id, receipt_number, secret_hash, region_code, child_id, provisional_id, situations, urgency, channel,
                            observed_at, filed_at, version)
                        VALUES (@id, @receipt, @secret, @region, @child, @provisional, @situations, @urgency, @channel, @observed, @at, @version)
                        """, ct, ("id", e.ReportId), ("receipt", e.ReceiptNumber), ("secret", e.SecretHash), ("region", e.Child.RegionCode),
                        ("child", e.Child.ChildId), ("provisional", e.Child.Provisional?.ProvisionalId), ("situations", e.Situations.ToArray()),
                        ("urgency", e.Urgency), ("channel", e.Channel), ("observed", e.ObservedAt), ("at", e.FiledAt), ("version", stored.Version));
                    if (e.Child.Provisional is { } p)
                        await Run(context, """
                            INSERT INTO reporting.provisional_children (id, region_code, name, birth_date, created_at) VALUES (@id, @region, @name, @birth, @at)
                            ON CONFLICT (id) DO NOTHING
                            """, ct, ("id", p.ProvisionalId), ("region", e.Child.RegionCode), ("name", p.Name), ("birth", p.BirthDate), ("at", e.FiledAt));
                    break;
                case ProvisionalChildLinked e:
                    await Run(context, "UPDATE reporting.reports SET child_id = @child WHERE id = @id", ct, ("id", e.ReportId), ("child", e.ChildId));
                    break;
                case DuplicateLinked e:
                    await Run(context, "UPDATE reporting.reports SET linked_to = array_append(linked_to, @other) WHERE id = @id", ct,
                        ("id", e.ReportId), ("other", e.EarlierReportId));
                    await Run(context, "UPDATE reporting.reports SET linked_to = array_append(linked_to, @id) WHERE id = @other AND NOT (@id = ANY(linked_to))", ct,
                        ("id", e.ReportId), ("other", e.EarlierReportId));
                    break;
                case ReportRouted e:
                    await Run(context, """
                        INSERT INTO reporting.routings (id, report_id, department, region_code, status, routed_at, accept_due)
                        VALUES (@id, @report, @department, @region, 'awaiting-acceptance', @at, @due)
                        """, ct, ("id", e.RoutingId), ("report", e.ReportId), ("department", e.Department), ("region", e.RegionCode),
                        ("at", e.RoutedAt), ("due", e.AcceptDueAt));
                    break;
                case RoutingAccepted e:
                    await Set(context, e.RoutingId, "status = 'accepted', accepted_at = @a, outcome_due = @b", ct, e.AcceptedAt, e.OutcomeDueAt);
                    break;
                case RoutingTransferred e:
                    await Set(context, e.RoutingId, "status = 'transferred', transferred_at = @a", ct, e.TransferredAt);
                    break;
                case RoutingOutcomeRecorded e:
                    await Set(context, e.RoutingId, "status = 'outcome-recorded', outcome_at = @a, feedback_due = @b", ct, e.RecordedAt, e.FeedbackDueAt);
                    break;
                case OutcomeFedBack e:
                    await Set(context, e.RoutingId, "status = 'fed-back', fed_back_at = @a", ct, e.FedBackAt);
                    break;
                case AcceptanceOverdue e:
                    await Set(context, e.RoutingId, "acceptance_overdue_at = @a", ct, e.DetectedAt);
                    break;
                case HandlingOverdue e:
                    await Set(context, e.RoutingId, "handling_overdue_at = @a", ct, e.DetectedAt);
                    break;
                case FeedbackOverdue e:
                    await Set(context, e.RoutingId, "feedback_overdue_at = @a", ct, e.DetectedAt);
                    break;
            }
        }
        if (events.Count > 0)
            await Run(context, "UPDATE reporting.reports SET version = @version WHERE id = @id", ct, ("id", events[^1].StreamId), ("version", events[^1].Version));
    }

    private static Task Set(ProjectionContext context, Guid routingId, string assignments, CancellationToken ct, DateTimeOffset a, DateTimeOffset? b = null) =>
        Run(context, $"UPDATE reporting.routings SET {assignments} WHERE id = @id", ct, ("id", routingId), ("a", a), ("b", b));

    private static async Task Run(ProjectionContext context, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = context.Command(sql);
        foreach (var (name, value) in parameters)
        {
            if (value is null && sql.Contains('@' + name, StringComparison.Ordinal))
                cmd.Parameters.Add(new NpgsqlParameter(name, name switch { "birth" => NpgsqlDbType.Date, "b" => NpgsqlDbType.TimestampTz, _ => NpgsqlDbType.Uuid }) { Value = DBNull.Value });
            else if (value is not null)
                cmd.Parameters.AddWithValue(name, value is DateTimeOffset at ? at.ToUniversalTime() : value);
        }
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
