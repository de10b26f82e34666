using ChildProtection.Registry.Csv;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Surveys;

/// <summary><c>POST /api/registry/surveys</c>: upload a full-survey CSV file (摸底排查); <c>?dryRun=true</c> checks it without storing.</summary>
public static class ImportSurveyEndpoint
{
    public static IEndpointRouteBuilder MapImportSurvey(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/registry/surveys", async Task<IResult> (bool? dryRun, HttpContext http, SurveyImporter importer,
            SurveyImportLock importLock, CancellationToken ct) =>
        {
            var (table, problem) = await CsvUpload.ReadAsync(http.Request, SurveyColumns.Columns, ct);
            if (table is null) return problem!;
            var caller = Caller.From(http.User);
            if (dryRun == true) return TypedResults.Ok(await importer.ImportAsync(table, caller, http.CreateEventMetadata(), dryRun: true, ct));

            await using var held = await importLock.TryTakeAsync(caller, ct);
            if (held is null) return Problems.Conflict("Another survey import for this province is running; upload the file again when it has finished.");
            return TypedResults.Ok(await importer.ImportAsync(table, caller, http.CreateEventMetadata(), dryRun: false, ct));
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("ImportSurvey")
        .DescribeCsvBody("A full-survey CSV file in UTF-8, header row first (SurveyColumns).");
        return app;
    }
}
