namespace ChildProtection.Grpc;

/// <summary>Per-call settings: deadline, metadata, cancellation.</summary>
public sealed record CallOptions(TimeSpan? Timeout = null, GrpcMetadata? Headers = null, CancellationToken CancellationToken = default);
