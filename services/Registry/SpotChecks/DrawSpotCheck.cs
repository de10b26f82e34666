using System.Globalization;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Registry.SpotChecks;

/// <summary><c>{"countyCode":"210521","year":2025,"sampleSize":20}</c>; the seed defaults to county and year.</summary>
public sealed record DrawSpotCheckInput(string? CountyCode, int? Year, int? SampleSize, string? Seed);

/// <summary>
/// The county's yearly file spot check (县级民政部门每年开展一次档案抽查): a reproducible random sample of the files of the
/// county's children in any category, drawn once per county and year.
/// </summary>
public static class DrawSpotCheck
{
    public static RouteGroupBuilder MapDrawSpotCheck(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (DrawSpotCheckInput input, HttpContext http, NpgsqlDataSource db, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            if (input.CountyCode is not { Length: 6 } county || !county.All(char.IsAsciiDigit)) errors["countyCode"] = ["The 6-digit code of a county or district."];
            var thisYear = ChinaDate.On(now).Year;
            if (input.Year is not { } year || year < 2000 || year > thisYear) errors["year"] = [$"A year from 2000 to {thisYear}."];
            if (input.SampleSize is < 1 or > 1000) errors["sampleSize"] = ["Between 1 and 1000 files (default: 10% of the files, at least 5)."];
            if (input.Seed is { Length: > 64 }) errors["seed"] = ["At most 64 characters."];
            if (errors.Count > 0) return Problems.Validation(errors);
            if (!caller.CanSee(input.CountyCode + "000000")) return Problems.Forbidden("The county is outside your jurisdiction.");

            var seed = input.Seed ?? $"{input.CountyCode}-{input.Year}";
            var endOfYear = new DateTimeOffset(input.Year!.Value + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
            await using var count = db.CreateCommand("""
                SELECT count(*) FROM registry.children
                WHERE region_code LIKE @county || '%' AND cardinality(categories) > 0 AND registered_at < @end
                """);
            count.Parameters.AddWithValue("county", input.CountyCode!);
            count.Parameters.AddWithValue("end", endOfYear.ToUniversalTime());
            var population = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            if (population == 0) return Problems.Rejected("no-files-to-check", "The county has no files of children in any category for that year.");
            var size = Math.Min(population, input.SampleSize ?? Math.Max(5, (int)Math.Ceiling(population * 0.1)));

            // Reproducible: the order is a hash of the seed and the child's id, not the database's whim.
            await using var draw = db.CreateCommand("""
                SELECT id FROM registry.children
                WHERE region_code LIKE @county || '%' AND cardinality(categories) > 0 AND registered_at < @end
                ORDER BY md5(@seed || id::text) LIMIT @size
                """);
            draw.Parameters.AddWithValue("county", input.CountyCode!);
            draw.Parameters.AddWithValue("end", endOfYear.ToUniversalTime());
            draw.Parameters.AddWithValue("seed", seed);
            draw.Parameters.AddWithValue("size", size);
            var ids = new List<Guid>();
            await using (var reader = await draw.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));

            var id = SpotCheck.IdFor(input.CountyCode!, input.Year.Value);
            try
            {
                var result = await store.StartStreamAsync(id, SpotCheck.StreamType,
                    [new SpotCheckDrawn(id, input.CountyCode!, input.Year.Value, seed, population, ids, now)], http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = $"\"{result.NextVersion}\"";
            }
            catch (ConcurrencyException)
            {
                return Problems.Rejected("spot-check-already-drawn", $"The {input.Year} spot check of county {input.CountyCode} was already drawn; see /api/registry/spot-checks/{id}.");
            }
            return TypedResults.Created($"/api/registry/spot-checks/{id}", new { id, countyCode = input.CountyCode, year = input.Year, seed, population, sample = ids });
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("DrawSpotCheck");
        return group;
    }
}
