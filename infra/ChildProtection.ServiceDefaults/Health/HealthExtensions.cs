using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChildProtection.ServiceDefaults;

/// <summary>Liveness and readiness probes.</summary>
public static class HealthExtensions
{
    /// <summary>
    /// Registers the health-check service with a <c>self</c> liveness check. Readiness checks are added by
    /// what needs them (<see cref="PostgresExtensions.AddPostgres{TBuilder}"/>, <see cref="MessagingExtensions.AddMessaging{TBuilder}"/>),
    /// so a process without a database (the gateway) is ready when it runs.
    /// </summary>
    public static IServiceCollection AddDefaultHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy("The process is running."), [HealthTags.Live]);
        return services;
    }

    /// <summary>
    /// Maps <c>/health/live</c> and <c>/health/ready</c> (200 when healthy or degraded, 503 when not),
    /// anonymous and exempt from rate limits so probes never fail for the wrong reason.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup("/health").AllowAnonymous().DisableRateLimiting();
        health.MapHealthChecks("/live", Options(HealthTags.Live));
        health.MapHealthChecks("/ready", Options(HealthTags.Ready));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = registration => registration.Tags.Contains(tag),
        ResponseWriter = HealthResponseWriter.WriteAsync,
    };
}
