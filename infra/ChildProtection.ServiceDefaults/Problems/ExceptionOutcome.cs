using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.ServiceDefaults;

/// <summary>What an unhandled exception becomes: the HTTP answer, the gRPC answer and how loudly to log it.</summary>
internal sealed record ExceptionOutcome(
    int Status, string Type, string Title, string Detail, int GrpcStatus, LogLevel LogLevel,
    int? RetryAfterSeconds = null, string? Code = null)
{
    public static ExceptionOutcome For(Exception exception) => exception switch
    {
        // A stale expected version (FetchForWriting) or someone appending between load and save (Marten's optimistic check).
        JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException => new(409, ProblemTypes.ConcurrencyConflict, "The record was changed concurrently.",
            "Someone else changed this record first; reload it and try again.", GrpcStatusCodes.Aborted, LogLevel.Information),
        DomainRejectionException rejection => new(409, ProblemTypes.Rejected, "The request was rejected.",
            rejection.Message, GrpcStatusCodes.FailedPrecondition, LogLevel.Information, Code: rejection.Code),
        BadHttpRequestException bad => BadRequest(bad.StatusCode),
        System.Text.Json.JsonException => BadRequest(StatusCodes.Status400BadRequest),
        // PostgreSQL stores no NUL character in text or jsonb: a value holding one is the caller's mistake, and the
        // failed statement rolled back whatever the request had begun.
        PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
            new(400, ProblemTypes.BadRequest, "The request could not be read.",
                "A value holds a character that cannot be stored (such as NUL).", GrpcStatusCodes.InvalidArgument, LogLevel.Information),
        _ when IsTransient(exception) => new(503, ProblemTypes.Unavailable, "A dependency is unavailable.",
            "Please retry shortly.", GrpcStatusCodes.Unavailable, LogLevel.Warning, RetryAfterSeconds: 5),
        // The detail is deliberately generic: exception text can carry SQL, paths or personal data.
        _ => new(500, ProblemTypes.Internal, "An unexpected error occurred.",
            "The error was logged; quote the correlation id when reporting it.", GrpcStatusCodes.Internal, LogLevel.Error),
    };

    // Framework messages may quote bits of the body, so callers get a fixed text per status.
    private static ExceptionOutcome BadRequest(int status) => status switch
    {
        413 => new(413, ProblemTypes.BadRequest, "The request body is too large.",
            "Send a smaller body.", GrpcStatusCodes.ResourceExhausted, LogLevel.Information),
        415 => new(415, ProblemTypes.BadRequest, "The content type is not supported.",
            "Send application/json.", GrpcStatusCodes.Internal, LogLevel.Information),
        _ => new(status, ProblemTypes.BadRequest, "The request could not be read.",
            "The body or a parameter is malformed.", GrpcStatusCodes.Internal, LogLevel.Information),
    };

    private static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or TimeoutException or OperationCanceledException or HttpRequestException)
            {
                return true;
            }
        }
        return false;
    }
}
