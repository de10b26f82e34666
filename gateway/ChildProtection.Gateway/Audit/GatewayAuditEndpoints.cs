using System.Net.Http.Headers;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;

namespace ChildProtection.Gateway.Audit;

/// <summary>
/// <c>GET /api/audit?child=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>: one child's audit trail across every service, for
/// auditors. Partial answers are flagged with the services that did not answer.
/// </summary>
public static class GatewayAuditEndpoints
{
    public const string Path = "/api/audit";

    public static IHostApplicationBuilder AddGatewayAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(AuditFanOut.ClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<AuditFanOut>();
        return builder;
    }

    public static WebApplication MapGatewayAudit(this WebApplication app)
    {
        app.MapGet(Path, async Task<IResult> (HttpContext http, AuditFanOut fanOut, string? child, string? from, string? to, string? page,
            string? pageSize, CancellationToken ct) =>
        {
            if (AuditEndpoints.Parse(child, from, to, page, pageSize) is not { } query)
                return Problems.Validation(AuditEndpoints.Errors(child, from, to, page, pageSize));
            var token = AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization.ToString(), out var parsed) ? parsed : null;
            return TypedResults.Ok(await fanOut.ReadAsync(token, query, ct));
        }).RequireCaller(roles: [Roles.Auditor]).WithName("ReadAuditAcrossServices");
        return app;
    }
}
