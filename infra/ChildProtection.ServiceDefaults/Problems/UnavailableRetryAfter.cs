using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Every 503 says when to try again (<c>Retry-After: 5</c>), whether the exception handler, the audit log's fail-closed
/// answer or an endpoint's own "registry unavailable" problem produced it; a header already set is kept.
/// </summary>
internal static class UnavailableRetryAfter
{
    public const string Seconds = "5";

    public static IApplicationBuilder UseUnavailableRetryAfter(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !http.Response.Headers.ContainsKey("Retry-After"))
                http.Response.Headers.RetryAfter = Seconds;
            return Task.CompletedTask;
        });
        return next(http);
    });
}
