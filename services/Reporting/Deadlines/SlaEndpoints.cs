using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Reporting.Deadlines;

/// <summary>One department's record on the statutory clocks, in the caller's region.</summary>
public sealed record DepartmentSla(string Department, long Routed, long AwaitingAcceptance, long AcceptedOnTime, long AcceptedLate, long Transferred,
    long AcceptanceOverdue, long HandlingOverdue, long FeedbackOverdue, long OutcomesRecorded, long FedBack, long OpenPastDeadline);

/// <summary>
/// <c>GET /api/reporting/reports/sla?region=</c>: per receiving department, how its routings kept the accept / handle / feed-back
/// deadlines; <c>POST /api/reporting/reports/operations/deadline-scan</c> runs the scan now (operators).
/// </summary>
public static class SlaEndpoints
{
    public static RouteGroupBuilder MapSla(this RouteGroupBuilder group)
    {
        group.MapGet("/sla", async Task<IResult> (string? region, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code.");
            await using var cmd = db.CreateCommand($"""
                SELECT department, count(*),
                       count(*) FILTER (WHERE status = 'awaiting-acceptance'),
                       count(*) FILTER (WHERE accepted_at IS NOT NULL AND accepted_at <= accept_due),
                       count(*) FILTER (WHERE accepted_at IS NOT NULL AND accepted_at > accept_due),
                       count(*) FILTER (WHERE status = 'transferred'),
                       count(*) FILTER (WHERE acceptance_overdue_at IS NOT NULL),
                       count(*) FILTER (WHERE handling_overdue_at IS NOT NULL),
                       count(*) FILTER (WHERE feedback_overdue_at IS NOT NULL),
                       count(*) FILTER (WHERE outcome_at IS NOT NULL),
                       count(*) FILTER (WHERE fed_back_at IS NOT NULL),
                       count(*) FILTER (WHERE (status = 'awaiting-acceptance' AND accept_due < @now) OR (status = 'accepted' AND outcome_due < @now)
                                           OR (status = 'outcome-recorded' AND feedback_due < @now))
                FROM {schema.Table("routings")} WHERE region_code LIKE @own AND region_code LIKE @requested
                GROUP BY department ORDER BY department
                """);
            cmd.Parameters.AddWithValue("own", (caller.SeesAllRegions ? "" : caller.Region) + "%");
            cmd.Parameters.AddWithValue("requested", (region ?? "") + "%");
            cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
            var rows = new List<DepartmentSla>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add(new DepartmentSla(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
                    reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11)));
            return TypedResults.Ok(new { region = region ?? (caller.SeesAllRegions ? "" : caller.Region), departments = rows });
        })
        .RequireCaller(departments: [Departments.Police, Departments.CivilAffairs, Departments.Education, Departments.Procuratorate, Departments.Platform])
        .WithName("ReadSla");

        group.MapPost("/operations/deadline-scan", async (DeadlineScanner scanner, CancellationToken ct) =>
            TypedResults.Ok(new { recorded = await scanner.RunAsync(ct) }))
            .RequireCaller(roles: [Roles.Operator])
            .WithName("RunDeadlineScan");
        return group;
    }
}
