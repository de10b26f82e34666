using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.Http;

/// <summary>
/// Headers on every answer: <c>X-Content-Type-Options: nosniff</c> everywhere, and <c>Cache-Control: no-store</c> on every
/// <c>/api/**</c> answer, since those carry children's records, files, exports, reports or tokens and must not be kept by a
/// browser or a shared cache. (No <c>Server</c> banner: Kestrel's is off.)
/// </summary>
internal sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        }, http);
        return next(http);
    }
}
