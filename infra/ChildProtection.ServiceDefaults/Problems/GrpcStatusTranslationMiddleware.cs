using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Turns a bare HTTP error (401 from authentication, 403, 404, 429, 413, …) on a gRPC request into a
/// gRPC status, because a gRPC client reports a bare 401 as a protocol error instead of UNAUTHENTICATED.
/// Runs inside the status-code-pages middleware so it answers before a problem body would be written.
/// </summary>
internal sealed class GrpcStatusTranslationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!GrpcErrorResponse.IsGrpcRequest(context))
        {
            await next(context);
            return;
        }

        await next(context);

        var status = context.Response.StatusCode;
        if (!context.Response.HasStarted && status >= 400)
        {
            var message = ReasonPhrases.GetReasonPhrase(status);
            GrpcErrorResponse.Write(context.Response, GrpcStatusCodes.FromHttpStatus(status), message);
        }
    }
}
