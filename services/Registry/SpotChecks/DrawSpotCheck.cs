using System.Globalization;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
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
        group.MapPost("/", async Task<IResult> (DrawSpotCheckInput input, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            StreamCommand cmd, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var at = Moment.Of(clock);
            var errors = new Dictionary<string, string[]>();
            if (input.CountyCode is not { Length: 6 } county || !county.All(char.IsAsciiDigit)) errors["countyCode"] = ["The 6-digit code of a county or district."];
            var thisYear = at.Today.Year;
            if (input.Year is not { } year || year < 2000 || year > thisYear) errors["year"] = [$"A year from 2000 to {thisYear}."];
            if (input.SampleSize is < 1 or > 1000) errors["sampleSize"] = ["Between 1 and 1000 files (default: 10% of the files, at least 5)."];
            if (input.Seed is { Length: > 64 }) errors["seed"] = ["At most 64 characters."];
            if (errors.Count > 0) return Problems.Validation(errors);
            if (!caller.CanSee(input.CountyCode + "000000")) return Problems.Forbidden("The county is outside your jurisdiction.");

            var seed = input.Seed ?? $"{input.CountyCode}-{input.Year}";
            var endOfYear = new DateTimeOffset(input.Year!.Value + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
            var children = schema.Table("children");
            await using var count = db.CreateCommand($"""
                SELECT count(*) FROM {children}
                WHERE region_code LIKE @county || '%' AND cardinality(categories) > 0 AND registered_at < @end
                """);
            count.Parameters.AddWithValue("county", input.CountyCode!);
            count.Parameters.AddWithValue("end", endOfYear.ToUniversalTime());
            var population = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            if (population == 0) return Problems.Rejected("no-files-to-check", "The county has no files of children in any category for that year.");
            var size = Math.Min(population, input.SampleSize ?? Math.Max(5, (int)Math.Ceiling(population * 0.1)));

            // Reproducible: the order is a hash of the seed and the child's id, not the database's whim.
            await using var draw = db.CreateCommand($"""
                SELECT id FROM {children}
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
            SpotCheck? drawn;
            await using (var query = store.QuerySession())
                (drawn, _) = await query.ReadStreamAsync<SpotCheck>(id, SpotCheck.Evolve, ct);
            var command = new DrawSpotCheckSample(id, input.CountyCode!, input.Year.Value, seed, population, ids, at);
            try
            {
                return await cmd.StartAsync(http, id, SpotCheck.Kind, DrawSpotCheckSample.Decide(command, drawn),
                    (check, _) => new { id, countyCode = check.CountyCode, year = check.Year, seed, population, sample = check.ChildIds },
                    $"/api/registry/spot-checks/{id}", ct);
            }
            catch (Exception e) when (e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                // A concurrent draw for the same county and year won the race.
                var rejected = (Decision.Rejected)DrawSpotCheckSample.AlreadyDrawn(command.CountyCode, command.Year, id);
                return Problems.Rejected(rejected.Code, rejected.Reason);
            }
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("DrawSpotCheck");
        return group;
    }
}
