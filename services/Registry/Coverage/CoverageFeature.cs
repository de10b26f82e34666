using ChildProtection.Registry.Coverage.Reading;

namespace ChildProtection.Registry.Coverage;

/// <summary>Wires the coverage report into the service.</summary>
public static class CoverageFeature
{

    /// <summary>Maps <c>/api/registry/coverage</c>.</summary>
    public static RouteGroupBuilder MapCoverage(this IEndpointRouteBuilder app) => app.MapGroup("/api/registry/coverage").MapReadCoverage();
}
