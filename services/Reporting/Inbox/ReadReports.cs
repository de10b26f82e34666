using ChildProtection.Reporting.Handling;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Reporting.Inbox;

/// <summary>An inbox row: enough to triage and act (with the report's version for If-Match); details via GET /api/reporting/reports/{id}.</summary>
public sealed record InboxItem(Guid ReportId, Guid RoutingId, long Version, string Department, string RegionCode, string Status,
    IReadOnlyList<string> Situations, string Urgency, DateTimeOffset ObservedAt, DateTimeOffset RoutedAt, DateTimeOffset AcceptDueAt,
    DateTimeOffset? OutcomeDueAt, DateTimeOffset? FeedbackDueAt, bool Overdue, Guid? ChildId, IReadOnlyList<Guid> LinkedReports);

/// <summary>Department inboxes and the report itself, scoped to the caller's department and region.</summary>
public static class ReadReports
{
    public static RouteGroupBuilder MapReadReports(this RouteGroupBuilder group)
    {
        group.MapGet("/inbox", async Task<IResult> (string? department, string? status, int? page, int? pageSize, HttpContext http,
            NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (department is null || !Codes.ReceivingDepartments.Contains(department))
                return Problems.Validation("department", $"Department must be one of {string.Join(", ", Codes.ReceivingDepartments)}.");
            if (department != caller.Department) return Problems.Forbidden("Only the department's own staff see its inbox.");
            if (status is not (null or "open" or "all")) return Problems.Validation("status", "Status must be open (default) or all.");
            var p = page ?? 1;
            var size = pageSize ?? 50;
            if (p < 1) return Problems.Validation("page", "Page starts at 1.");
            if (size is < 1 or > 200) return Problems.Validation("pageSize", "Page size must be between 1 and 200.");

            await using var cmd = db.CreateCommand($"""
                SELECT r.id, g.id, r.version, g.department, g.region_code, g.status, r.situations, r.urgency, r.observed_at, g.routed_at, g.accept_due,
                       g.outcome_due, g.feedback_due,
                       (g.status = 'awaiting-acceptance' AND g.accept_due < @now) OR (g.status = 'accepted' AND g.outcome_due < @now)
                         OR (g.status = 'outcome-recorded' AND g.feedback_due < @now),
                       r.child_id, r.linked_to
                FROM {schema.Table("routings")} g JOIN {schema.Table("reports")} r ON r.id = g.report_id
                WHERE g.department = @department AND g.region_code LIKE @region
                  {(status == "all" ? "" : "AND g.status NOT IN ('fed-back', 'transferred')")}
                ORDER BY (r.urgency = 'immediate') DESC, g.accept_due, g.routed_at
                LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("department", department);
            cmd.Parameters.AddWithValue("region", (caller.SeesAllRegions ? "" : caller.Region) + "%");
            cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
            cmd.Parameters.AddWithValue("limit", size);
            cmd.Parameters.AddWithValue("offset", (long)(p - 1) * size);
            var items = new List<InboxItem>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                items.Add(new InboxItem(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetFieldValue<string[]>(6), reader.GetString(7), reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9),
                    reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                    reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12), reader.GetBoolean(13),
                    reader.IsDBNull(14) ? null : reader.GetGuid(14), reader.GetFieldValue<Guid[]>(15)));
            return TypedResults.Ok(new { items, page = p, pageSize = size });
        })
        .RequireCaller(departments: RoutingEndpoints.Receivers, roles: RoutingEndpoints.ReceiverRoles)
        .WithName("ReadInbox");

        group.MapGet("/{reportId:guid}", (Guid reportId, string? reveal, HttpContext http, StreamCommand cmd, ReporterIdentity reporter,
            CancellationToken ct) =>
        {
            if (ReporterIdentity.Reveal.Parse(reveal) is not { } shown)
                return Task.FromResult<IResult>(Problems.Validation("reveal", "reveal is a comma-separated list of person and contact."));
            var caller = Caller.From(http.User);
            // Only a department the report was routed to gets here, and calling the reporter back is part of handling it.
            return cmd.ReadAsync(http, reportId, Report.Kind, (s, version) => ReportView.ForDepartment(s, version, caller, stored => reporter.Show(stored, shown)),
                ct, ReportAccess.HoldsReport);
        })
        .RequireCaller(departments: RoutingEndpoints.Receivers, roles: RoutingEndpoints.ReceiverRoles)
        .WithName("ReadReport");
        return group;
    }
}
