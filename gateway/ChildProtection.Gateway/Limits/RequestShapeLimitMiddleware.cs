using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChildProtection.Gateway.Limits;

/// <summary>
/// Refuses a request line over <c>Gateway:MaxRequestLineBytes</c> with 414 and headers over
/// <c>Gateway:MaxRequestHeadersBytes</c> or <c>Gateway:MaxRequestHeaderCount</c> with 431, as problem details, before
/// anything is proxied. Kestrel's own limits sit at twice these as a backstop: beyond them Kestrel answers the
/// same status itself, before any middleware runs, and cannot carry a body.
/// </summary>
internal sealed class RequestShapeLimitMiddleware(RequestDelegate next, IOptions<GatewayLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var line = request.Method.Length + 1 + target.Length + 1 + request.Protocol.Length;
        if (line > limits.MaxRequestLineBytes)
        {
            // No body here: the status-code-pages middleware writes the problem.
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }

        var count = 0;
        var bytes = 0L;
        foreach (var header in request.Headers)
        {
            count += header.Value.Count;
            foreach (var value in header.Value) bytes += header.Key.Length + 2 + (value?.Length ?? 0) + 2;
        }
        if (count > limits.MaxRequestHeaderCount || bytes > limits.MaxRequestHeadersBytes)
        {
            context.Response.StatusCode = StatusCodes.Status431RequestHeaderFieldsTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
