using System.Diagnostics;
using ChildProtection.Grpc.Tests.V1;
using Google.Protobuf;

namespace ChildProtection.Grpc.Tests;

/// <summary>grpc-js serves; our client calls.</summary>
public sealed class GrpcJsServer : IAsyncLifetime
{
    private Process _process = null!;
    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _process = Process.Start(NodePeer.Start("server.js"))!;
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (line is null || !line.StartsWith("LISTENING ", StringComparison.Ordinal))
            throw new InvalidOperationException($"grpc-js server did not start: {line} {await _process.StandardError.ReadToEndAsync()}");
        Channel = new GrpcChannel(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{line["LISTENING ".Length..]}") });
    }

    public async Task DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

public class OurClientToGrpcJsServerTests(GrpcJsServer node) : IClassFixture<GrpcJsServer>
{
    [Fact]
    public async Task Unary_call_with_text_and_binary_metadata_round_trips()
    {
        var headers = new GrpcMetadata();
        headers.Add("x-echo", "village-committee");
        headers.Add("x-echo-bin", new byte[] { 0, 1, 2, 250, 255 });
        var result = await node.Channel.UnaryWithMetadataAsync<EchoRequest, EchoReply>("/test.v1.Echo/Say",
            new EchoRequest { Text = "你好" }, new CallOptions(Headers: headers));

        Assert.Equal("你好", result.Response.Text);
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, result.Headers.GetBytes("x-echo-bin"));
        Assert.Equal("village-committee", result.Trailers.Get("x-echo"));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "出生日期无效 100%")]
    [InlineData(StatusCode.NotFound, "not found")]
    [InlineData(StatusCode.PermissionDenied, "denied")]
    [InlineData(StatusCode.Unavailable, "try later")]
    public async Task Each_error_status_and_its_message_reach_our_client(StatusCode code, string message)
    {
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => node.Channel.UnaryAsync<FailRequest, EchoReply>(
            "/test.v1.Echo/Fail", new FailRequest { Code = (int)code, Message = message }));
        Assert.Equal(code, e.Status);
        Assert.Equal(message, e.Detail);
    }

    [Fact]
    public async Task An_expiring_deadline_is_deadline_exceeded()
    {
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => node.Channel.UnaryAsync<SleepRequest, EchoReply>(
            "/test.v1.Echo/Sleep", new SleepRequest { Millis = 10_000 }, new CallOptions(TimeSpan.FromMilliseconds(300))));
        Assert.Equal(StatusCode.DeadlineExceeded, e.Status);
    }

    [Fact]
    public async Task A_large_message_of_one_mebibyte_goes_both_ways()
    {
        var reply = await node.Channel.UnaryAsync<EchoRequest, EchoReply>("/test.v1.Echo/Say",
            new EchoRequest { Payload = ByteString.CopyFrom(new byte[1024 * 1024]) });
        Assert.Equal(1024 * 1024, reply.Payload.Length);
    }

    [Fact]
    public async Task An_unknown_method_is_unimplemented()
    {
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => node.Channel.UnaryAsync<EchoRequest, EchoReply>(
            "/test.v1.Echo/Nope", new EchoRequest()));
        Assert.Equal(StatusCode.Unimplemented, e.Status);
    }

    [Fact]
    public async Task A_server_stream_arrives_complete_and_in_order()
    {
        var indexes = new List<int>();
        await foreach (var r in node.Channel.ServerStreamingAsync<CountRequest, EchoReply>("/test.v1.Echo/Count", new CountRequest { Count = 500 }))
            indexes.Add(r.Index);
        Assert.Equal(Enumerable.Range(0, 500), indexes);
    }
}
