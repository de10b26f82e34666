using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Police.Cases.Reading;

/// <summary>A row of the cases list.</summary>
public sealed record CaseListItem(Guid Id, string Source, Guid? ReportId, Guid? ChildId, string RegionCode, string Kind, string Status,
    string? Outcome, bool Referred, DateTimeOffset OpenedAt, DateTimeOffset? EndedAt);

public static class ReadCasesEndpoints
{
    public static RouteGroupBuilder MapReadCases(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, PoliceCase.Stream, CaseView.From, ct)).WithName("GetPoliceCase");

        group.MapGet("/", async Task<IResult> (string? region, string? status, int? page, int? pageSize, HttpContext http,
            NpgsqlDataSource db, ServiceSchema schema, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = new Dictionary<string, string[]>();
            if (region is not null && !RegionCodes.IsValidPrefix(region)) errors["region"] = ["region is a 2–12 digit region-code prefix."];
            if (status is not null && status is not ("open" or "closed" or "transferred")) errors["status"] = ["status is open, closed or transferred."];
            if (page is < 1) errors["page"] = ["page starts at 1."];
            if (pageSize is < 1 or > 200) errors["pageSize"] = ["pageSize is 1–200."];
            if (errors.Count > 0) return Problems.Validation(errors);
            var prefix = region ?? (caller.SeesAllRegions ? "" : caller.Region);
            if (!caller.SeesAllRegions && !prefix.StartsWith(caller.Region, StringComparison.Ordinal) && !caller.Region.StartsWith(prefix, StringComparison.Ordinal))
                return Problems.Forbidden("The region is outside your jurisdiction.");
            if (!caller.SeesAllRegions && prefix.Length < caller.Region.Length) prefix = caller.Region;

            var size = pageSize ?? 50;
            await using var cmd = db.CreateCommand($"""
                SELECT id, source, report_id, child_id, region_code, kind, status, outcome, referred, opened_at, ended_at
                FROM {schema.Table("cases")} WHERE region_code LIKE @prefix || '%' AND (@status::text IS NULL OR status = @status)
                ORDER BY opened_at DESC, id LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("prefix", prefix);
            cmd.Parameters.Add(new NpgsqlParameter("status", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
            cmd.Parameters.AddWithValue("limit", size);
            cmd.Parameters.AddWithValue("offset", ((page ?? 1) - 1) * size);
            var items = new List<CaseListItem>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                items.Add(new CaseListItem(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                    reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetBoolean(8), reader.GetFieldValue<DateTimeOffset>(9),
                    reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)));
            return TypedResults.Ok(new { page = page ?? 1, pageSize = size, items });
        }).WithName("ListPoliceCases");
        return group;
    }
}
