using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Regions;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.EducationComparison;

/// <summary>
/// <c>POST /api/registry/education-comparisons?region=</c> with a school enrolment list as CSV: possible dropouts, pupils
/// who may be in a category without a file, and match counts. Nothing is stored but the audit record of the read.
/// </summary>
public static class CompareWithEducationEndpoint
{
    public const string AuditAction = "education-comparison";

    public static IEndpointRouteBuilder MapCompareWithEducation(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/registry/education-comparisons", async Task<IResult> (string? region, HttpContext http, EducationComparer comparer,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (!RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code, e.g. the county's 6 digits.");
            if (RegionScope.Of(caller, region) is not { } scope) return Problems.Forbidden("The region is outside your jurisdiction.");
            var (table, problem) = await CsvUpload.ReadAsync(http.Request, Enrolment.Columns, ct);
            if (table is null) return problem!;

            var report = await comparer.CompareAsync(scope, table.Records, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
            var t = report.Totals;
            AuditSubject.Note(http,
                $"region={scope};rows={t.Rows};matched={t.Matched};possibleDropouts={t.PossibleDropouts};possiblyInCategory={t.PossiblyInCategory}");
            return TypedResults.Ok(report);
        })
        .RequireCaller(departments: [Departments.CivilAffairs, Departments.Education])
        .WithName("CompareWithEducation")
        .DescribeCsvBody("The education department's enrolment CSV in UTF-8, header row first (Enrolment.Columns).");
        return app;
    }
}
