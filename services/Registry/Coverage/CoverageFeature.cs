using ChildProtection.Registry.Coverage.Reading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChildProtection.Registry.Coverage;

/// <summary>Wires the coverage report into the service.</summary>
public static class CoverageFeature
{
    /// <summary>The staffing threshold from configuration, unless a policy-pack backed one is registered first.</summary>
    public static IServiceCollection AddCoverage(this IServiceCollection services)
    {
        services.TryAddSingleton<IStaffingThreshold, ConfiguredStaffingThreshold>();
        return services;
    }

    /// <summary>Maps <c>/api/registry/coverage</c>.</summary>
    public static RouteGroupBuilder MapCoverage(this IEndpointRouteBuilder app) => app.MapGroup("/api/registry/coverage").MapReadCoverage();
}
