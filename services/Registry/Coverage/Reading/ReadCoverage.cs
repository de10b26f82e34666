using System.Globalization;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Registry.Coverage.Reading;

/// <summary>
/// <c>GET /{countyCode}?year=YYYY</c>: a county's director and supervisor coverage. A caller whose jurisdiction
/// lies inside the county sees their part of it; one whose jurisdiction does not overlap the county gets 403.
/// </summary>
public static class ReadCoverageEndpoint
{
    /// <summary>Maps the coverage report.</summary>
    public static RouteGroupBuilder MapReadCoverage(this RouteGroupBuilder group)
    {
        group.MapGet("/{countyCode}", async Task<IResult> (string countyCode, string? year, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            IStaffingThreshold threshold, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = new Dictionary<string, string[]>();
            InputFields.Region(errors, "countyCode", countyCode, RegionLevel.County);
            var thisYear = clock.Today().Year;
            var y = thisYear;
            if (year is not null && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out y) || y < 2000 || y > thisYear))
                errors["year"] = [$"Year must be a year from 2000 to {thisYear}."];
            if (errors.Count > 0) return Problems.Validation(errors);

            var scope = caller.CanSee(countyCode) ? countyCode
                : caller.Region.StartsWith(countyCode, StringComparison.Ordinal) ? caller.Region
                : null;
            if (scope is null) return Problems.Forbidden("The county is outside your jurisdiction.");

            var villages = await VillageFiguresAsync(db, schema, scope, y, ct);
            var supervisors = await SupervisorsAsync(db, schema, [.. villages.Select(v => v.TownshipCode).Distinct()], ct);
            return TypedResults.Ok(CoverageCalculation.Calculate(countyCode, scope, y, villages, supervisors, threshold));
        }).RequireCaller().WithName("ReadCoverage");
        return group;
    }

    // Target children: the child's active categories (left-behind, in difficulty…) are not empty.
    private static async Task<List<VillageFigures>> VillageFiguresAsync(NpgsqlDataSource db, ServiceSchema schema, string scope, int year,
        CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT v.code,
                (SELECT count(*) FROM {schema.Table("children")} c WHERE c.region_code = v.code AND cardinality(c.categories) > 0),
                count(d.id),
                count(d.id) FILTER (WHERE EXISTS (SELECT 1 FROM {schema.Table("director_trainings")} t
                    WHERE t.director_id = d.id AND t.date >= @from AND t.date < @to))
            FROM {schema.Table("villages")} v
            LEFT JOIN {schema.Table("directors")} d ON d.village_code = v.code AND d.active
            WHERE v.code LIKE @scope || '%'
            GROUP BY v.code
            ORDER BY v.code
            """);
        cmd.Parameters.AddWithValue("scope", scope);
        cmd.Parameters.AddWithValue("from", new DateOnly(year, 1, 1));
        cmd.Parameters.AddWithValue("to", new DateOnly(year + 1, 1, 1));
        var villages = new List<VillageFigures>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            villages.Add(new VillageFigures(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3)));
        return villages;
    }

    private static async Task<Dictionary<string, int>> SupervisorsAsync(NpgsqlDataSource db, ServiceSchema schema, string[] townships,
        CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT township_code, count(*) FROM {schema.Table("supervisors")}
            WHERE active AND township_code = ANY(@townships)
            GROUP BY township_code
            """);
        cmd.Parameters.AddWithValue("townships", townships);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) counts[r.GetString(0)] = (int)r.GetInt64(1);
        return counts;
    }
}
