using System.Net.Http.Headers;

namespace ChildProtection.Gateway.Tests.Support;

internal static class Grpc
{
    /// <summary>A unary gRPC call: POST, application/grpc, one length-prefixed message.</summary>
    public static HttpRequestMessage Call(string path, string? token, byte[] message)
    {
        var frame = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        var request = GatewayHost.Request(HttpMethod.Post, path, token);
        request.Content = new ByteArrayContent(frame);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return OverHttp2(request);
    }

    /// <summary>HTTP/2 with prior knowledge (h2c): a message's own version wins over the client's default.</summary>
    public static HttpRequestMessage OverHttp2(HttpRequestMessage request)
    {
        request.Version = System.Net.HttpVersion.Version20;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        return request;
    }

    /// <summary>grpc-status from the trailers, or from the headers of a trailers-only answer.</summary>
    public static string? Status(HttpResponseMessage response) =>
        response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.Single()
        : response.Headers.TryGetValues("grpc-status", out var header) ? header.Single()
        : null;
}
