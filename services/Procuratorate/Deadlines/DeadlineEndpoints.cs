using ChildProtection.ServiceDefaults;

namespace ChildProtection.Procuratorate.Deadlines;

public static class DeadlineEndpoints
{
    /// <summary>
    /// <c>POST /api/procuratorate/operations/deadline-scan</c>: run now the scan the schedule runs (operators only), e.g.
    /// after an outage. <c>{ overdue: n }</c> deadlines found passed; <c>overdue: null</c> when another instance is scanning.
    /// </summary>
    public static IEndpointRouteBuilder MapDeadlineOperations(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/procuratorate/operations/deadline-scan", async (DeadlineScanner scanner, CancellationToken ct) =>
                TypedResults.Ok(new { overdue = await scanner.RunAsync(ct) }))
            .RequireCaller(roles: [Roles.Operator])
            .WithName("RunProcuratorateDeadlineScan");
        return app;
    }
}
