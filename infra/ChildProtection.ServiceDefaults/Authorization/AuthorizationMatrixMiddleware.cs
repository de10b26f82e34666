using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Applies the <see cref="AuthorizationMatrix"/> after authentication and the endpoint's own policies: a caller whose
/// department and role the endpoint's entry does not name gets 403, and an endpoint the matrix does not list is
/// refused to everyone (fail closed) and logged as a configuration error.
/// </summary>
internal sealed partial class AuthorizationMatrixMiddleware(RequestDelegate next, AuthorizationMatrix matrix, ILogger<AuthorizationMatrixMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || MatrixKey.IsRoutingAnswer(endpoint))
        {
            await next(context);
            return;
        }

        var key = MatrixKey.Of(endpoint);
        if (key is null || matrix.Find(key) is not { } entry)
        {
            // The route pattern, never the path: a path may carry an id.
            LogMissingEntry(logger, key ?? endpoint.DisplayName ?? "(unnamed endpoint)", matrix.Source);
            await ForbidAsync(context, "This endpoint is not in the service's authorization matrix, so no one may call it.");
            return;
        }
        if (entry.Anonymous)
        {
            await next(context);
            return;
        }
        if (!Caller.TryFrom(context.User, out var caller))
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await ForbidAsync(context, "The token does not describe a platform caller.");
            }
            else
            {
                await context.ChallengeAsync();
            }
            return;
        }
        if (!entry.Allows(caller))
        {
            await ForbidAsync(context, "Your department and role may not call this endpoint.");
            return;
        }
        await next(context);
    }

    private static Task ForbidAsync(HttpContext context, string detail)
    {
        if (GrpcErrorResponse.IsGrpcRequest(context))
        {
            // A bare 403: the gRPC status translation turns it into PERMISSION_DENIED.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return Problems.Forbidden(detail).ExecuteAsync(context);
    }

    [LoggerMessage(EventId = 4030, Level = LogLevel.Error,
        Message = "Configuration error: the authorization matrix {Source} has no entry for {Endpoint}; the call was refused.")]
    private static partial void LogMissingEntry(ILogger logger, string endpoint, string source);
}
