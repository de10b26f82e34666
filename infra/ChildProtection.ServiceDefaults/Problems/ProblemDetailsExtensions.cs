using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults;

/// <summary>RFC 9457 problem details for every error the platform returns.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Registers problem details (with <c>traceId</c>, <c>correlationId</c> and our stable <c>type</c> for
    /// bare status codes) and the exception handler that maps exceptions to them.
    /// </summary>
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Enrich);
        services.AddExceptionHandler<PlatformExceptionHandler>();
        return services;
    }

    private static void Enrich(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;

        // The framework's defaults point at RFC sections; clients should get our stable types instead.
        if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = problem is HttpValidationProblemDetails
                ? ProblemTypes.Validation
                : ProblemTypes.ForStatus(problem.Status ?? http.Response.StatusCode) ?? problem.Type;
        }
        // RFC 9457's own default, written out: clients always find a type to branch on.
        problem.Type ??= "about:blank";
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        problem.Extensions["correlationId"] = http.GetCorrelationId();
    }
}
