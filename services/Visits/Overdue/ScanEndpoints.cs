using ChildProtection.ServiceDefaults;

namespace ChildProtection.Visits.Overdue;

/// <summary><c>POST /api/visits/operations/overdue-scan</c>: run the overdue scan now (operators only).</summary>
public static class ScanEndpoints
{
    public static IEndpointRouteBuilder MapOverdueScan(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/visits/operations/overdue-scan", async Task<IResult> (OverdueScanner scanner, CancellationToken ct) =>
            await scanner.RunAsync(ct) is { } raised
                ? TypedResults.Ok(new { raised })
                : Problems.Conflict("Another instance is scanning; try again shortly."))
            .RequireCaller(roles: [Roles.Operator]).WithName("RunOverdueScan");
        return app;
    }
}
