using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Deadlines;

public static class DeadlineEndpoints
{
    /// <summary><c>POST /api/police/operations/deadline-scan</c>: run the scan now (operators only).</summary>
    public static IEndpointRouteBuilder MapDeadlineOperations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/police/operations/deadline-scan", async (DeadlineScan scan, CancellationToken ct) =>
                TypedResults.Ok(new { flagged = await scan.RunAsync(ct) }))
            .RequireCaller(roles: [Roles.Operator])
            .WithName("RunPoliceDeadlineScan");
        return app;
    }
}
