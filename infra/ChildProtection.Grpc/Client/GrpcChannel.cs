using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace ChildProtection.Grpc;

/// <summary>
/// Calls gRPC methods over an <see cref="HttpClient"/> with HTTP/2: prior knowledge (h2c) for <c>http://</c>,
/// ALPN for <c>https://</c>. Trace context is added by HttpClient's own instrumentation; a bearer token by
/// <see cref="ForwardBearerTokenHandler"/> when registered.
/// </summary>
public sealed class GrpcChannel(HttpClient http, GrpcOptions? options = null)
{
    private static readonly string UserAgent = $"grpc-dotnet-childprotection/{typeof(GrpcChannel).Assembly.GetName().Version}";
    private readonly int _maxSize = (options ?? new GrpcOptions()).MaxMessageSize;

    /// <summary>Response headers and trailers of the last call made through a <see cref="CallResult{T}"/>.</summary>
    public sealed record CallResult<T>(T Response, GrpcMetadata Headers, GrpcMetadata Trailers);

    /// <summary>A unary call; throws <see cref="GrpcStatusException"/> on a non-OK status.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string method, TRequest request, CallOptions? options = null)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new() =>
        (await UnaryWithMetadataAsync<TRequest, TResponse>(method, request, options)).Response;

    /// <summary>A unary call that also returns the response headers and trailers.</summary>
    public async Task<CallResult<TResponse>> UnaryWithMetadataAsync<TRequest, TResponse>(string method, TRequest request, CallOptions? options = null)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new()
    {
        var responses = new List<TResponse>();
        var (headers, trailers) = await CallAsync<TRequest, TResponse>(method, request, options ?? new CallOptions(), r => { responses.Add(r); return Task.CompletedTask; });
        if (responses.Count != 1)
            throw new GrpcStatusException(StatusCode.Internal, $"A unary call returned {responses.Count} messages.", trailers);
        return new CallResult<TResponse>(responses[0], headers, trailers);
    }

    /// <summary>A server-streaming call; the enumeration throws <see cref="GrpcStatusException"/> on a non-OK status.</summary>
    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TRequest, TResponse>(string method, TRequest request,
        CallOptions? options = null, [EnumeratorCancellation] CancellationToken ct = default)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new()
    {
        options ??= new CallOptions();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, options.CancellationToken);
        if (options.Timeout is { } t) linked.CancelAfter(t);
        using var response = await SendAsync(method, request, options, linked.Token);
        var headers = ReadHeaders(response);
        await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
        var reader = PipeReader.Create(body);
        var parser = new MessageParser<TResponse>(() => new TResponse());
        while (true)
        {
            TResponse? message;
            try
            {
                message = await MessageFraming.ReadAsync(reader, parser, _maxSize, linked.Token);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                throw new GrpcStatusException(StatusCode.Unavailable, "The connection failed during the call.");
            }
            if (message is null) break;
            yield return message;
        }
        ThrowOnStatus(response.TrailingHeaders);
    }

    private async Task<(GrpcMetadata Headers, GrpcMetadata Trailers)> CallAsync<TRequest, TResponse>(string method, TRequest request,
        CallOptions options, Func<TResponse, Task> onMessage)
        where TRequest : IMessage<TRequest> where TResponse : class, IMessage<TResponse>, new()
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } t) linked.CancelAfter(t);
        try
        {
            using var response = await SendAsync(method, request, options, linked.Token);
            var headers = ReadHeaders(response);
            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            var reader = PipeReader.Create(body);
            var parser = new MessageParser<TResponse>(() => new TResponse());
            while (await MessageFraming.ReadAsync(reader, parser, _maxSize, linked.Token) is { } message) await onMessage(message);
            return (headers, ThrowOnStatus(response.TrailingHeaders));
        }
        catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
        {
            throw new GrpcStatusException(StatusCode.Cancelled, "The call was cancelled by the caller.");
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            throw new GrpcStatusException(StatusCode.DeadlineExceeded, "Deadline exceeded");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new GrpcStatusException(StatusCode.Unavailable, "The server could not be reached or the connection failed.");
        }
    }

    private async Task<HttpResponseMessage> SendAsync<TRequest>(string method, TRequest request, CallOptions options, CancellationToken ct)
        where TRequest : IMessage<TRequest>
    {
        var message = new HttpRequestMessage(HttpMethod.Post, method.StartsWith('/') ? method : "/" + method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new GrpcRequestContent(request, _maxSize),
        };
        message.Headers.TE.ParseAdd("trailers");
        message.Headers.TryAddWithoutValidation("user-agent", UserAgent);
        if (options.Timeout is { } timeout) message.Headers.TryAddWithoutValidation("grpc-timeout", GrpcTimeout.Format(timeout));
        if (options.Headers is { } metadata)
            foreach (var e in metadata) message.Headers.TryAddWithoutValidation(e.Key, metadata.WireValue(e));
        var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var status = FromHttpStatus(response.StatusCode);
            response.Dispose();
            throw new GrpcStatusException(status, $"HTTP status {(int)response.StatusCode} from the server.");
        }
        // Trailers-Only: the status is in the headers and there is no body.
        if (response.Headers.TryGetValues("grpc-status", out _)) ThrowOnStatus(response.Headers);
        return response;
    }

    private static GrpcMetadata ReadHeaders(HttpResponseMessage response)
    {
        var metadata = new GrpcMetadata();
        foreach (var (key, values) in response.Headers) foreach (var v in values) metadata.AddFromWire(key, v);
        return metadata;
    }

    private static GrpcMetadata ThrowOnStatus(HttpHeaders source)
    {
        var trailers = new GrpcMetadata();
        foreach (var (key, values) in source) foreach (var v in values) trailers.AddFromWire(key, v);
        if (!source.TryGetValues("grpc-status", out var statuses) || !int.TryParse(statuses.FirstOrDefault(), out var code))
            throw new GrpcStatusException(StatusCode.Internal, "The response ended without a grpc-status.", trailers);
        if (code != 0)
        {
            var detail = source.TryGetValues("grpc-message", out var messages) ? GrpcMessageEncoding.Decode(messages.FirstOrDefault()) : "";
            throw new GrpcStatusException((StatusCode)code, detail, trailers);
        }
        return trailers;
    }

    /// <summary>The HTTP-to-gRPC mapping of PROTOCOL-HTTP2.md for responses that are not gRPC at all.</summary>
    public static StatusCode FromHttpStatus(HttpStatusCode status) => (int)status switch
    {
        400 => StatusCode.Internal,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        429 or 502 or 503 or 504 => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
