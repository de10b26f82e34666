using System.Globalization;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Csv;
using ChildProtection.Registry.Regions;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Exports;

/// <summary>
/// <c>GET /api/registry/exports/children.csv?region=&amp;category=&amp;reveal=nationalId</c>: the children of a region as CSV for the
/// national child welfare information system. An export is a read of children's data: one audit record with the count,
/// written before the file is sent.
/// </summary>
public static class ExportChildrenEndpoint
{
    public const string AuditAction = "children.export";

    public static IEndpointRouteBuilder MapExportChildren(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/registry/exports/children.csv", async Task<IResult> (string? region, string? category, string? reveal, HttpContext http,
            ChildrenExport export, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code.");
            if (category is not null && !CategoryCodes.All.Contains(category))
                return Problems.Validation("category", $"Category must be one of: {string.Join(", ", CategoryCodes.All)}.");
            if (reveal is not (null or "nationalId")) return Problems.Validation("reveal", "The only field that can be revealed is 'nationalId'.");
            var revealIds = reveal == "nationalId";
            if (revealIds && !NamePolicy.MayRevealNationalId(caller)) return Problems.Forbidden("Your role does not need the clear national ID number.");
            if (RegionScope.Of(caller, region) is not { } scope) return Problems.Forbidden("The region is outside your jurisdiction.");

            var rows = await export.RowsAsync(scope, category, NamePolicy.MayReadFullName(caller), revealIds, ct);
            AuditSubject.Note(http, $"region={scope};category={category};nationalId={(revealIds ? "revealed" : "masked")};count={rows.Count}");
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            return TypedResults.File(CsvOutput.Write(ChildrenExport.Header, rows), CsvOutput.ContentType,
                $"children-{(scope.Length == 0 ? "all" : scope)}-{today}.csv");
        })
        .RequireCaller()
        .WithName("ExportChildren");
        return app;
    }
}
