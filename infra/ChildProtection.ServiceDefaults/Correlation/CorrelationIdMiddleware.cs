using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Settles the request's correlation id (the caller's if valid, else a new one), echoes it on the
/// response, tags the server span, puts it in the baggage that flows to outgoing calls, and opens a
/// logging scope so every log line of the request carries it.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Accept(context.Request.Headers[CorrelationId.HeaderName].ToString());
        CorrelationId.Set(context, id);

        // Overwrite what the caller sent, so a proxy forwards the vetted value and never the raw one.
        context.Request.Headers[CorrelationId.HeaderName] = id;

        // OnStarting survives the exception handler clearing the response headers.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });

        if (Activity.Current is { } activity)
        {
            activity.SetTag(CorrelationId.TagName, id);
            activity.SetBaggage(CorrelationId.TagName, id);
        }

        using (logger.BeginScope(new KeyValuePair<string, object?>[] { new("CorrelationId", id) }))
        {
            await next(context);
        }
    }
}
