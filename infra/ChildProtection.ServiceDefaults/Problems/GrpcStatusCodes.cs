namespace ChildProtection.ServiceDefaults;

/// <summary>The gRPC status codes we answer with (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).</summary>
internal static class GrpcStatusCodes
{
    public const int Cancelled = 1;
    public const int Unknown = 2;
    public const int InvalidArgument = 3;
    public const int DeadlineExceeded = 4;
    public const int PermissionDenied = 7;
    public const int ResourceExhausted = 8;
    public const int FailedPrecondition = 9;
    public const int Aborted = 10;
    public const int Unimplemented = 12;
    public const int Internal = 13;
    public const int Unavailable = 14;
    public const int Unauthenticated = 16;

    /// <summary>The gRPC status for an HTTP error the pipeline produced before any gRPC handler ran.</summary>
    public static int FromHttpStatus(int status) => status switch
    {
        400 or 415 => Internal,
        401 => Unauthenticated,
        403 => PermissionDenied,
        404 or 405 => Unimplemented,
        408 => DeadlineExceeded,
        413 or 429 => ResourceExhausted,
        499 => Cancelled,
        500 => Internal,
        502 or 503 or 504 => Unavailable,
        _ => Unknown,
    };
}
