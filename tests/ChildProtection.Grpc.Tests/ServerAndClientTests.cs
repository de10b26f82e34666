using System.Net;
using System.Net.Http.Headers;
using ChildProtection.Grpc.Tests.V1;
using Google.Protobuf;

namespace ChildProtection.Grpc.Tests;

public class ServerAndClientTests(EchoServer server) : IClassFixture<EchoServer>
{
    private const string Say = "/test.v1.Echo/Say";

    [Fact]
    public async Task A_unary_call_round_trips_the_message_and_text_and_binary_metadata()
    {
        var headers = new GrpcMetadata();
        headers.Add("x-echo", "village-committee");
        Assert.Throws<ArgumentException>(() => headers.Add("x-echo", "村委会"));
        headers.Add("x-echo-bin", new byte[] { 0, 1, 2, 250, 255 });

        var result = await server.Channel().UnaryWithMetadataAsync<EchoRequest, EchoReply>(Say,
            new EchoRequest { Text = "你好", Payload = ByteString.CopyFromUtf8("p") }, new CallOptions(Headers: headers));

        Assert.Equal("你好", result.Response.Text);
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, result.Headers.GetBytes("x-echo-bin"));
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, result.Trailers.GetBytes("x-echo-bin"));
        Assert.Equal("village-committee", result.Trailers.Get("x-echo"));
    }

    [Theory]
    [InlineData(StatusCode.InvalidArgument, "出生日期无效 100%")]
    [InlineData(StatusCode.NotFound, "no such child")]
    [InlineData(StatusCode.PermissionDenied, "outside your region")]
    [InlineData(StatusCode.FailedPrecondition, "line1\nline2")]
    public async Task A_handler_status_reaches_the_client_with_its_percent_encoded_message(StatusCode code, string message)
    {
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel().UnaryAsync<FailRequest, EchoReply>(
            "/test.v1.Echo/Fail", new FailRequest { Code = (int)code, Message = message }));
        Assert.Equal(code, e.Status);
        Assert.Equal(message, e.Detail);
    }

    [Fact]
    public async Task An_unexpected_exception_is_unknown_and_does_not_leak_its_message()
    {
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel().UnaryAsync<SleepRequest, EchoReply>(
            "/test.v1.Echo/Sleep", new SleepRequest { Crash = true }));
        Assert.Equal(StatusCode.Unknown, e.Status);
        Assert.DoesNotContain("secret", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_method_is_unimplemented_in_a_trailers_only_response()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var request = new HttpRequestMessage(HttpMethod.Post, "/test.v1.Echo/Nope")
        {
            Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", response.Headers.GetValues("grpc-status").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel().UnaryAsync<EchoRequest, EchoReply>("/test.v1.Echo/Nope", new EchoRequest()));
        Assert.Equal(StatusCode.Unimplemented, e.Status);
    }

    [Fact]
    public async Task A_request_that_is_not_grpc_gets_415()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var request = new HttpRequestMessage(HttpMethod.Post, Say)
        {
            Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Messages_over_the_limit_are_resource_exhausted_in_both_directions()
    {
        var tooBig = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel().UnaryAsync<EchoRequest, EchoReply>(Say,
            new EchoRequest { Payload = ByteString.CopyFrom(new byte[server.MaxMessageSize + 1]) }));
        Assert.Equal(StatusCode.ResourceExhausted, tooBig.Status);

        var replyTooBig = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel(maxMessageSize: 1000)
            .UnaryAsync<EchoRequest, EchoReply>(Say, new EchoRequest { ReplySize = 5000 }));
        Assert.Equal(StatusCode.ResourceExhausted, replyTooBig.Status);
    }

    [Fact]
    public async Task An_expired_deadline_is_deadline_exceeded_and_cancels_the_handler()
    {
        // The deadline is long enough for the handler to start even on a loaded machine (the assertion is on what
        // happens after it started), and far shorter than the 10 s the handler would sleep.
        server.ResetSleep();
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => server.Channel().UnaryAsync<SleepRequest, EchoReply>(
            "/test.v1.Echo/Sleep", new SleepRequest { Millis = 10_000 }, new CallOptions(Timeout: TimeSpan.FromSeconds(2))));
        Assert.Equal(StatusCode.DeadlineExceeded, e.Status);
        Assert.True(server.Sleep.Started.Task.IsCompleted, "the handler never started");
        Assert.True(await server.Sleep.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_client_cancellation_reaches_the_handler()
    {
        server.ResetSleep();
        using var cts = new CancellationTokenSource();
        var call = server.Channel().UnaryAsync<SleepRequest, EchoReply>(
            "/test.v1.Echo/Sleep", new SleepRequest { Millis = 10_000 }, new CallOptions(CancellationToken: cts.Token));
        await server.Sleep.Started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cts.CancelAsync();
        var e = await Assert.ThrowsAsync<GrpcStatusException>(() => call);
        Assert.Equal(StatusCode.Cancelled, e.Status);
        Assert.True(await server.Sleep.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_message_split_into_one_byte_data_frames_is_reassembled()
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var body = new MemoryStream();
        var message = new EchoRequest { Text = "逐字节", Payload = ByteString.CopyFrom(new byte[300]) };
        var writer = new System.Buffers.ArrayBufferWriter<byte>();
        MessageFraming.Write(writer, message, int.MaxValue);
        var request = new HttpRequestMessage(HttpMethod.Post, Say)
        {
            Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new TrickleContent(writer.WrittenMemory.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TE.ParseAdd("trailers");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = System.IO.Pipelines.PipeReader.Create(await response.Content.ReadAsStreamAsync());
        var reply = await MessageFraming.ReadAsync(reader, EchoReply.Parser, int.MaxValue, default);
        Assert.Null(await MessageFraming.ReadAsync(reader, EchoReply.Parser, int.MaxValue, default));

        Assert.Equal("逐字节", reply!.Text);
        Assert.Equal("0", response.TrailingHeaders.GetValues("grpc-status").Single());
    }

    [Fact]
    public async Task A_server_stream_delivers_every_message_in_order_then_ok()
    {
        var replies = new List<EchoReply>();
        await foreach (var r in server.Channel().ServerStreamingAsync<CountRequest, EchoReply>("/test.v1.Echo/Count", new CountRequest { Count = 1000 }))
            replies.Add(r);
        Assert.Equal(Enumerable.Range(0, 1000), replies.Select(r => r.Index));
    }

    /// <summary>Sends its bytes one per write and flush, so each becomes its own DATA frame.</summary>
    private sealed class TrickleContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var b in bytes)
            {
                await stream.WriteAsync(new[] { b });
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
