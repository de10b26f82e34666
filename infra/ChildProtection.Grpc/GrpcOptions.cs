namespace ChildProtection.Grpc;

/// <summary>Limits of the gRPC server and client.</summary>
public sealed class GrpcOptions
{
    /// <summary>Largest message received or sent, in bytes (gRPC's usual 4 MiB).</summary>
    public int MaxMessageSize { get; set; } = 4 * 1024 * 1024;
}
