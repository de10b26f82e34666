using System.Diagnostics;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildProtection.Grpc;

/// <summary>Runs one call: checks the request, reads the message, applies the deadline, maps outcomes to statuses.</summary>
internal static class GrpcCallHandler
{
    public static readonly ActivitySource Source = new("ChildProtection.Grpc");

    public static async Task HandleAsync<TRequest, TResponse>(HttpContext http, string method,
        Func<TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> handler)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : IMessage<TResponse>
    {
        if (!IsGrpcContentType(http.Request.ContentType))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            http.Response.Headers["grpc-status"] = ((int)StatusCode.Internal).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["grpc-message"] = GrpcMessageEncoding.Encode("Content-Type must be application/grpc or application/grpc+proto.");
            return;
        }
        var options = http.RequestServices.GetService<IOptions<GrpcOptions>>()?.Value ?? new GrpcOptions();
        var log = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("ChildProtection.Grpc");
        using var activity = Source.StartActivity($"grpc.server {method}", ActivityKind.Internal);

        var metadata = new GrpcMetadata();
        foreach (var (key, values) in http.Request.Headers)
            foreach (var v in values) if (v is not null) metadata.AddFromWire(key, v);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        DateTime? deadlineAt = null;
        if (http.Request.Headers.TryGetValue("grpc-timeout", out var timeoutHeader))
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var timeout))
            {
                await Finish(http, new ServerCallContext(http, metadata, null, http.RequestAborted), options, StatusCode.Internal, "Malformed grpc-timeout header.");
                return;
            }
            deadlineAt = DateTime.UtcNow + timeout;
            deadline.CancelAfter(timeout);
        }

        var call = new ServerCallContext(http, metadata, deadlineAt, deadline.Token);
        var writer = new ResponseWriter<TResponse>(http, call, options.MaxMessageSize);
        try
        {
            var request = await MessageFraming.ReadAsync(http.Request.BodyReader, new MessageParser<TRequest>(() => new TRequest()),
                              options.MaxMessageSize, deadline.Token)
                          ?? throw new GrpcStatusException(StatusCode.Internal, "The request carried no message.");
            await handler(request, writer, call);
            await writer.FinishAsync(StatusCode.OK, "");
        }
        catch (GrpcStatusException e)
        {
            await writer.FinishAsync(e.Status, e.Detail, e.Trailers);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or reset the stream): nobody is left to answer.
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await writer.FinishAsync(StatusCode.DeadlineExceeded, "Deadline exceeded");
        }
        catch (Exception e)
        {
            // Never leak the exception's text to the caller; log its type only (messages may hold personal data).
            log?.LogError("gRPC handler {Method} failed with {ExceptionType}", method, e.GetType().Name);
            activity?.SetStatus(ActivityStatusCode.Error);
            await writer.FinishAsync(StatusCode.Unknown, "Exception was thrown by handler.");
        }
    }

    public static Task Finish(HttpContext http, ServerCallContext call, GrpcOptions options, StatusCode status, string detail) =>
        new ResponseWriter<Empty>(http, call, options.MaxMessageSize).FinishAsync(status, detail);

    private static bool IsGrpcContentType(string? contentType) =>
        contentType is not null
        && (contentType.Equals("application/grpc", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/grpc;", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/grpc+proto", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A message type for status-only responses.</summary>
internal sealed class Empty : IMessage<Empty>
{
    public Google.Protobuf.Reflection.MessageDescriptor Descriptor => throw new NotSupportedException();
    public int CalculateSize() => 0;
    public Empty Clone() => new();
    public bool Equals(Empty? other) => other is not null;
    public void MergeFrom(Empty message) { }
    public void MergeFrom(CodedInputStream input) { }
    public void WriteTo(CodedOutputStream output) { }
}
