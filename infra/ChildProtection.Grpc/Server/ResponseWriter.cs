using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.Grpc;

/// <summary>Writes a call's response: headers on the first message, then messages, then the status in trailers.</summary>
internal sealed class ResponseWriter<T>(HttpContext http, ServerCallContext call, int maxSize) : IServerStreamWriter<T>
    where T : IMessage<T>
{
    private bool _started;

    public async Task WriteAsync(T message)
    {
        call.CancellationToken.ThrowIfCancellationRequested();
        if (!_started)
        {
            _started = true;
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/grpc";
            foreach (var e in call.ResponseHeaders) http.Response.Headers.Append(e.Key, call.ResponseHeaders.WireValue(e));
        }
        MessageFraming.Write(http.Response.BodyWriter, message, maxSize);
        await http.Response.BodyWriter.FlushAsync(call.CancellationToken);
    }

    /// <summary>Ends the call: trailers after messages, or a Trailers-Only response when nothing was sent.</summary>
    public Task FinishAsync(StatusCode status, string detail, GrpcMetadata? extraTrailers = null)
    {
        var trailers = new List<KeyValuePair<string, string>>
        {
            new("grpc-status", ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (!string.IsNullOrEmpty(detail)) trailers.Add(new("grpc-message", GrpcMessageEncoding.Encode(detail)));
        foreach (var source in new[] { call.ResponseTrailers, extraTrailers ?? [] })
            foreach (var e in source) trailers.Add(new(e.Key, source.WireValue(e)));

        if (!_started && !http.Response.HasStarted)
        {
            // Trailers-Only: one HEADERS frame carrying the status, ending the stream.
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/grpc";
            foreach (var e in call.ResponseHeaders) http.Response.Headers.Append(e.Key, call.ResponseHeaders.WireValue(e));
            foreach (var (k, v) in trailers) http.Response.Headers.Append(k, v);
            return Task.CompletedTask;
        }
        foreach (var (k, v) in trailers) http.Response.AppendTrailer(k, v);
        return Task.CompletedTask;
    }
}
