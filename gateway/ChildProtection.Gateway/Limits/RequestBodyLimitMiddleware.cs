using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChildProtection.Gateway.Limits;

/// <summary>
/// Refuses a declared body over <c>Gateway:MaxRequestBodyBytes</c> with 413 before anything is proxied,
/// and caps undeclared (chunked) bodies at the same size while they stream.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewayLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            // No body here: the status-code-pages middleware writes the problem (or gRPC status).
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        return next(context);
    }
}
