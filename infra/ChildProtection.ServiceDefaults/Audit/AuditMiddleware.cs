using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// Records every <c>/api/**</c> request in the audit log once it has been answered (GETs of policy explanations excepted:
/// they carry no child data). Reads fail closed: their response is held back until the record is written, and a read
/// whose record cannot be written is answered 503 instead. Commands have already happened by then (their events carry
/// the actor too), so a failed record is logged and the command's own answer stands.
/// </summary>
public sealed partial class AuditMiddleware(RequestDelegate next, TimeProvider clock, ILogger<AuditMiddleware> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var service = ServiceOf(http.Request.Path);
        if (service is null || IsExempt(http))
        {
            await next(http);
            return;
        }
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (!isRead)
        {
            try
            {
                await next(http);
            }
            catch (Exception) when (!http.RequestAborted.IsCancellationRequested)
            {
                await TryWriteAsync(http, Entry(http, service, StatusCodes.Status500InternalServerError));
                throw;
            }
            await TryWriteAsync(http, Entry(http, service, http.Response.StatusCode));
            return;
        }

        var body = http.Features.Get<IHttpResponseBodyFeature>()!;
        await using var held = new MemoryStream();
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        try
        {
            await next(http);
        }
        catch (Exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            http.Features.Set(body);
            await TryWriteAsync(http, Entry(http, service, StatusCodes.Status500InternalServerError));
            throw;
        }
        finally
        {
            http.Features.Set(body);
        }

        if (!await TryWriteAsync(http, Entry(http, service, http.Response.StatusCode)))
        {
            http.Response.Clear();
            await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The audit log is unavailable",
                detail: "Reads are answered only once they are recorded; try again shortly.", type: ProblemTypes.ForStatus(503)).ExecuteAsync(http);
            return;
        }
        held.Position = 0;
        await held.CopyToAsync(body.Stream, http.RequestAborted);
    }

    private async Task<bool> TryWriteAsync(HttpContext http, AuditEntry entry)
    {
        try
        {
            // Resolved here, not in the constructor: a service without a connection string still starts and reports
            // it on /health/ready, and its reads are refused until the log can be written.
            var writer = http.RequestServices.GetRequiredService<AuditWriter>();
            // Not the request's token: a caller hanging up must not leave an answered request unrecorded.
            await writer.WriteAsync(entry, CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            LogNotRecorded(log, entry.Action, entry.Status, entry.CorrelationId, e);
            return false;
        }
    }

    private AuditEntry Entry(HttpContext http, string service, int status)
    {
        var known = Caller.TryFrom(http.User, out var caller);
        var pattern = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        // A group's "/" endpoint reads "/api/registry/children/": the same action as without the slash.
        var action = $"{http.Request.Method} {(pattern is null ? "(no route)" : "/" + pattern.Trim('/'))}";
        return new AuditEntry(clock.GetUtcNow(), service,
            known ? caller!.User : "anonymous", known ? caller!.Department : "-", known ? caller!.Role : "-", known ? caller!.Region : "-",
            action, AuditSubject.ChildOf(http), AuditSubject.PurposeOf(http), AuditOutcome.For(status), status, AuditSubject.DetailOf(http),
            http.GetCorrelationId());
    }

    /// <summary>The service name of <c>/api/{service}/…</c>; null for any other path.</summary>
    internal static string? ServiceOf(PathString path)
    {
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase, out var rest)) return null;
        var segments = rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is { Length: > 0 } ? segments[0].ToLowerInvariant() : null;
    }

    private static bool IsExempt(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method)
        && (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.Contains("/policies", StringComparison.Ordinal) == true;

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record not written for {Action} ({Status}, correlation {CorrelationId})")]
    private static partial void LogNotRecorded(ILogger logger, string action, int status, string correlationId, Exception error);
}
