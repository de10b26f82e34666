using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Maps every unhandled exception to problem details (or a gRPC status for gRPC callers). The response
/// never carries the exception's message or stack: those go to the log, tied to the correlation id.
/// </summary>
internal sealed partial class PlatformExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<PlatformExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads an answer, and it is not our error.
            LogAborted(logger);
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return true;
        }

        var outcome = ExceptionOutcome.For(exception);
        // Client errors are logged without the exception: a JSON parser's message quotes the body.
        logger.Log(
            outcome.LogLevel, outcome.Status >= 500 ? exception : null,
            "Request failed with {StatusCode} ({ProblemType}) from {ExceptionType}.",
            outcome.Status, outcome.Type, exception.GetType().FullName);

        if (GrpcErrorResponse.IsGrpcRequest(context))
        {
            GrpcErrorResponse.Write(context.Response, outcome.GrpcStatus, outcome.Title);
            return true;
        }

        context.Response.StatusCode = outcome.Status;
        if (outcome.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails
        {
            Status = outcome.Status,
            Type = outcome.Type,
            Title = outcome.Title,
            Detail = outcome.Detail,
        };
        if (outcome.Code is not null)
        {
            problem.Extensions["code"] = outcome.Code;
        }

        // Even when no writer accepts the client's Accept header the status stands, so report handled.
        await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client aborted the request.")]
    private static partial void LogAborted(ILogger logger);
}
