using ChildProtection.Grpc.Tests.V1;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Grpc.Tests;

/// <summary>Our gRPC server on real Kestrel, HTTP/2 cleartext on a random loopback port.</summary>
public sealed class EchoServer : IAsyncLifetime
{
    private WebApplication _app = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>What the current Sleep call reported: that its handler started, and that it saw its token cancelled.</summary>
    public SleepProbe Sleep { get; private set; } = new();

    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>The trace context and Authorization header of the last request received.</summary>
    public string? LastTraceParent { get; private set; }
    public string? LastAuthorization { get; private set; }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpcProtocol(o => o.MaxMessageSize = MaxMessageSize);
        builder.Services.AddRouting();
        _app = builder.Build();
        _app.Use((http, next) =>
        {
            LastTraceParent = http.Request.Headers["traceparent"].ToString();
            LastAuthorization = http.Request.Headers.Authorization.ToString();
            return next(http);
        });
        _app.MapGrpcService(EchoReflection.Descriptor.Services[0], Bind);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public static void Bind(GrpcServiceBuilder echo, Func<SleepProbe> sleep) => echo
        .Unary<EchoRequest, EchoReply>("Say", (request, call) =>
        {
            foreach (var e in call.RequestHeaders.Where(e => e.Key.StartsWith("x-echo", StringComparison.Ordinal)))
            {
                if (e.IsBinary) { call.ResponseHeaders.Add(e.Key, e.Bytes!); call.ResponseTrailers.Add(e.Key, e.Bytes!); }
                else { call.ResponseHeaders.Add(e.Key, e.Value!); call.ResponseTrailers.Add(e.Key, e.Value!); }
            }
            var payload = request.ReplySize > 0 ? ByteString.CopyFrom(new byte[request.ReplySize]) : request.Payload;
            return Task.FromResult(new EchoReply { Text = request.Text, Payload = payload });
        })
        .Unary<FailRequest, EchoReply>("Fail", (request, _) =>
            throw new GrpcStatusException((StatusCode)request.Code, request.Message))
        .ServerStreaming<CountRequest, EchoReply>("Count", async (request, stream, _) =>
        {
            for (var i = 0; i < request.Count; i++) await stream.WriteAsync(new EchoReply { Index = i, Text = $"#{i}" });
        })
        .Unary<SleepRequest, EchoReply>("Sleep", async (request, call) =>
        {
            if (request.Crash) throw new InvalidOperationException("secret internal detail");
            var probe = sleep();
            probe.Started.TrySetResult(true);
            try
            {
                await Task.Delay(request.Millis, call.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                probe.Cancelled.TrySetResult(true);
                throw;
            }
            return new EchoReply { Text = "slept" };
        });

    private void Bind(GrpcServiceBuilder echo) => Bind(echo, () => Sleep);

    public void ResetSleep() => Sleep = new SleepProbe();

    public GrpcChannel Channel(int? maxMessageSize = null) =>
        new(new HttpClient { BaseAddress = Address }, new GrpcOptions { MaxMessageSize = maxMessageSize ?? 4 * 1024 * 1024 });

    public async Task DisposeAsync() => await _app.DisposeAsync();
}

public sealed class SleepProbe
{
    public TaskCompletionSource<bool> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
