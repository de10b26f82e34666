using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChildProtection.Gateway.Tests;

/// <summary>
/// The web console at the gateway's root (<c>Web:Http</c>): every path that is not the gateway's own reaches it —
/// pages without a token (the console signs people in itself), its Blazor WebSocket — while /api and /health stay the
/// gateway's.
/// </summary>
public sealed class WebConsoleTests : IAsyncLifetime
{
    private WebApplication _console = null!;
    private FakeBackend _registry = null!;
    private GatewayHost _gateway = null!;
    private int _consoleHits;

    public async Task InitializeAsync()
    {
        var port = Ports.Free();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _console = builder.Build();
        _console.UseWebSockets();
        _console.Run(async context =>
        {
            Interlocked.Increment(ref _consoleHits);
            if (context.WebSockets.IsWebSocketRequest)
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                var buffer = new byte[256];
                var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                await socket.SendAsync(buffer.AsMemory(0, received.Count), WebSocketMessageType.Text, true, CancellationToken.None);
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
                return;
            }
            await context.Response.WriteAsync($"console {context.Request.Method} {context.Request.Path}{context.Request.QueryString} " +
                $"host={context.Request.Headers["X-Forwarded-Host"]} proto={context.Request.Headers["X-Forwarded-Proto"]}");
        });
        await _console.StartAsync();
        _registry = await FakeBackend.StartAsync();
        _gateway = GatewayHost.Start(_registry, new Dictionary<string, string?> { ["Web:Http"] = $"http://127.0.0.1:{port}" });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/children/01a25359-88aa-7079-a458-bb0ee242f2d7?tab=file")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Pages_and_assets_reach_the_console_without_a_token_with_the_address_people_used(string path)
    {
        var answer = await _gateway.Http.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.StartsWith($"console GET {path}", answer, StringComparison.Ordinal);
        Assert.Contains($"host={_gateway.Http.BaseAddress!.Authority}", answer, StringComparison.Ordinal);
        Assert.Contains("proto=http", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_reaches_the_console_too()
    {
        var response = await _gateway.Http.PostAsync(new Uri("/account/signout", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.StartsWith("console POST /account/signout", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_path_no_service_serves_is_the_gateways_404_problem_not_the_consoles()
    {
        var before = Volatile.Read(ref _consoleHits);
        var response = await _gateway.Http.GetAsync(new Uri("/api/nothing-here/x", UriKind.Relative));
        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Assert.Equal(before, Volatile.Read(ref _consoleHits));
    }

    [Fact]
    public async Task The_api_still_needs_a_token()
    {
        var response = await _gateway.Http.GetAsync(new Uri("/api/registry/echo/x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_blazor_websocket_goes_through_the_gateway()
    {
        using var socket = new ClientWebSocket();
        var address = new UriBuilder(_gateway.Http.BaseAddress!) { Scheme = "ws", Path = "/_blazor" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("ping"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[64];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("ping", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _registry.DisposeAsync();
        await _console.DisposeAsync();
    }
}
