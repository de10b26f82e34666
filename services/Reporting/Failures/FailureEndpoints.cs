using System.Globalization;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Reporting.Failures;

/// <summary>A department names a unit that knew of harm and did not report it.</summary>
public sealed record FailureInput(Guid? ChildId, string? RegionCode, string? UnitType, string? UnitName, string? EvidenceSource, Guid? EvidenceId,
    string? KnownSince, string? Note);

/// <summary>A row of the accountability view.</summary>
public sealed record FailureView(Guid Id, Guid? ChildId, string RegionCode, string UnitType, string? UnitName, string EvidenceSource, Guid? EvidenceId,
    DateTimeOffset KnownSince, string Note, DateTimeOffset RecordedAt);

/// <summary><c>POST/GET /api/reporting/reports/failures-to-report</c>: the accountability view (未履行强制报告义务).</summary>
public static class FailureEndpoints
{
    private static readonly string[] Accountable = [Departments.Police, Departments.Procuratorate, Departments.CivilAffairs, Departments.Education];
    private static readonly string[] Sources = ["police-case", "visit", "other"];

    public static RouteGroupBuilder MapFailuresToReport(this RouteGroupBuilder group)
    {
        group.MapPost("/failures-to-report", async Task<IResult> (FailureInput input, HttpContext http, StreamCommand cmd, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var at = Moment.Of(clock);
            var now = at.Now;
            var errors = new Dictionary<string, string[]>();
            var region = input.RegionCode?.Trim();
            if (!RegionCodes.IsValidPrefix(region) || region!.Length < 6) errors["regionCode"] = ["Region must be a statistical region code of 6 to 12 digits."];
            var unitType = input.UnitType?.Trim();
            if (unitType is null || !Codes.UnitTypes.Contains(unitType)) errors["unitType"] = [$"Unit type must be one of {string.Join(", ", Codes.UnitTypes)}."];
            var unitName = input.UnitName?.Trim();
            if (string.IsNullOrEmpty(unitName) || unitName.Length > 100) errors["unitName"] = ["The unit's name is required (at most 100 characters)."];
            var source = input.EvidenceSource?.Trim();
            if (source is null || !Sources.Contains(source)) errors["evidenceSource"] = [$"Evidence source must be one of {string.Join(", ", Sources)}."];
            if (!DateTimeOffset.TryParse(input.KnownSince, CultureInfo.InvariantCulture, DateTimeStyles.None, out var since))
                errors["knownSince"] = ["Known since must be a date and time with offset."];
            else if (since > now) errors["knownSince"] = ["Known since cannot be in the future."];
            var note = input.Note?.Trim();
            if (string.IsNullOrEmpty(note) || note.Length > 1000) errors["note"] = ["A note (what shows the unit knew) is required, at most 1000 characters."];
            if (errors.Count > 0) return Problems.Validation(errors);
            if (!caller.CanSee(region)) return Problems.Forbidden("The region is outside your jurisdiction.");

            var record = new RecordFailureToReport(Guid.CreateVersion7(now), input.ChildId, region!, unitType!, unitName, source!, input.EvidenceId,
                since.ToUniversalTime(), note!, caller.User, at);
            return await cmd.StartAsync(http, record.RecordId, FailureToReport.Kind, RecordFailureToReport.Decide(record, null), (s, _) => View(s.Recorded),
                $"/api/reporting/reports/failures-to-report/{record.RecordId}", ct);
        })
        .RequireCaller(departments: Accountable)
        .WithName("RecordFailureToReport");

        group.MapGet("/failures-to-report", async Task<IResult> (string? region, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code.");
            await using var cmd = db.CreateCommand($"""
                SELECT id, child_id, region_code, unit_type, unit_name, evidence_source, evidence_id, known_since, note, recorded_at
                FROM {schema.Table("failures_to_report")} WHERE region_code LIKE @own AND region_code LIKE @requested ORDER BY recorded_at DESC LIMIT 500
                """);
            cmd.Parameters.AddWithValue("own", (caller.SeesAllRegions ? "" : caller.Region) + "%");
            cmd.Parameters.AddWithValue("requested", (region ?? "") + "%");
            var rows = new List<FailureView>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                rows.Add(new FailureView(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetGuid(6),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9)));
            return TypedResults.Ok(new { items = rows });
        })
        .RequireCaller(departments: Accountable)
        .WithName("ReadFailuresToReport");
        return group;
    }

    private static FailureView View(FailureToReportRecorded e) =>
        new(e.RecordId, e.ChildId, e.RegionCode, e.UnitType, e.UnitName, e.EvidenceSource, e.EvidenceId, e.KnownSince, e.Note, e.RecordedAt);
}
