using System.Diagnostics;
using System.Text.Json;

namespace ChildProtection.Grpc.Tests;

/// <summary>Our server serves; the grpc-js client (tests/interop/client.js) calls and reports what it saw.</summary>
public class GrpcJsClientToOurServerTests : IAsyncLifetime
{
    private readonly EchoServer _server = new() { MaxMessageSize = 4 * 1024 * 1024 };
    private JsonElement _seen;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        using var process = Process.Start(NodePeer.Start("client.js", $"127.0.0.1:{_server.Address.Port}"))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0) throw new InvalidOperationException($"client.js failed ({process.ExitCode}): {await stderr}");
        _seen = JsonDocument.Parse(await stdout).RootElement;
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public void Unary_call_and_metadata_round_trip()
    {
        var say = _seen.GetProperty("say");
        Assert.Equal(0, say.GetProperty("code").GetInt32());
        Assert.Equal("你好", say.GetProperty("text").GetString());
        Assert.Equal([0, 1, 2, 250, 255], say.GetProperty("headerBin").EnumerateArray().Select(b => b.GetInt32()));
        Assert.Equal("village-committee", say.GetProperty("trailerEcho").GetString());
    }

    [Fact]
    public void Error_statuses_keep_their_code_and_message_and_internals_do_not_leak()
    {
        Assert.Equal(5, _seen.GetProperty("fail").GetProperty("code").GetInt32());
        Assert.Equal("找不到 100%", _seen.GetProperty("fail").GetProperty("details").GetString());
        Assert.Equal(2, _seen.GetProperty("crash").GetProperty("code").GetInt32());
        Assert.DoesNotContain("secret", _seen.GetProperty("crash").GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_expiring_deadline_is_deadline_exceeded() =>
        Assert.Equal(4, _seen.GetProperty("deadline").GetProperty("code").GetInt32());

    [Fact]
    public void Large_messages_pass_and_oversized_ones_are_resource_exhausted()
    {
        Assert.Equal(0, _seen.GetProperty("large").GetProperty("code").GetInt32());
        Assert.Equal(1024 * 1024, _seen.GetProperty("large").GetProperty("size").GetInt32());
        Assert.Equal(8, _seen.GetProperty("tooLarge").GetProperty("code").GetInt32());
    }

    [Fact]
    public void A_server_stream_arrives_complete_and_in_order()
    {
        var stream = _seen.GetProperty("stream");
        Assert.Equal(0, stream.GetProperty("code").GetInt32());
        Assert.Equal(500, stream.GetProperty("count").GetInt32());
        Assert.True(stream.GetProperty("ordered").GetBoolean());
    }
}
