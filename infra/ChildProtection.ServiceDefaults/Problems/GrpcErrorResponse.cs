using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// gRPC clients ignore HTTP status codes and problem bodies: they read <c>grpc-status</c>. This writes a
/// "trailers-only" answer — HTTP 200, <c>content-type: application/grpc</c>, status in the headers.
/// </summary>
internal static class GrpcErrorResponse
{
    public static bool IsGrpcRequest(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static void Write(HttpResponse response, int grpcStatus, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = grpcStatus.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // grpc-message is percent-encoded UTF-8 (gRPC over HTTP/2 spec).
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }
}
