using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Writes the health report as JSON: overall status and each check's status and description. Exception
/// messages are left out because the endpoints are anonymous.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthResponse(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            [.. report.Entries.Select(entry => new HealthCheckResponse(
                entry.Key, entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Duration.TotalMilliseconds))]);
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }
}

/// <summary>The body of <c>/health/live</c> and <c>/health/ready</c>.</summary>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</param>
/// <param name="DurationMs">How long the checks took.</param>
/// <param name="Checks">Each check.</param>
public sealed record HealthResponse(string Status, double DurationMs, IReadOnlyList<HealthCheckResponse> Checks);

/// <summary>One check in a <see cref="HealthResponse"/>.</summary>
/// <param name="Name">The check's registration name, e.g. <c>postgres</c>.</param>
/// <param name="Status"><c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</param>
/// <param name="Description">What the check found.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record HealthCheckResponse(string Name, string Status, string? Description, double DurationMs);
