using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.Grpc;

/// <summary>What a handler knows about its call: metadata, deadline, caller, cancellation.</summary>
public sealed class ServerCallContext
{
    internal ServerCallContext(HttpContext http, GrpcMetadata requestHeaders, DateTime? deadline, CancellationToken ct)
    {
        HttpContext = http;
        RequestHeaders = requestHeaders;
        Deadline = deadline;
        CancellationToken = ct;
    }

    public HttpContext HttpContext { get; }
    public GrpcMetadata RequestHeaders { get; }

    /// <summary>When the caller stops waiting (UTC), if it said.</summary>
    public DateTime? Deadline { get; }

    /// <summary>Cancelled when the caller goes away or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    public ClaimsPrincipal User => HttpContext.User;

    /// <summary>Metadata sent as response headers (before the first message).</summary>
    public GrpcMetadata ResponseHeaders { get; } = new();

    /// <summary>Metadata sent in the trailers, with the status.</summary>
    public GrpcMetadata ResponseTrailers { get; } = new();
}
