namespace ChildProtection.Grpc;

/// <summary>
/// A call ended with a non-OK status. Thrown by handlers to answer with that status, and by the client
/// when the server answered with one.
/// </summary>
public sealed class GrpcStatusException(StatusCode status, string detail, GrpcMetadata? trailers = null)
    : Exception($"gRPC status {status}: {detail}")
{
    public StatusCode Status { get; } = status;
    public string Detail { get; } = detail;
    public GrpcMetadata Trailers { get; } = trailers ?? new GrpcMetadata();
}
