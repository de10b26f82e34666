using static ChildProtection.Testing.ProblemAssertions;
using System.Diagnostics;
using System.Net;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Gateway.Tests;

/// <summary>The gateway's timeouts and Kestrel limits: a stuck service or an oversized request cannot tie it up.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_service_slower_than_the_upstream_timeout_gets_504_problem_after_the_timeout()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = GatewayHost.Start(backend, new Dictionary<string, string?> { ["Gateway:UpstreamTimeoutSeconds"] = "1" });
        var token = await gateway.TokenAsync();

        var clock = Stopwatch.StartNew();
        var response = await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/slow/20", token));
        clock.Stop();

        await response.AssertProblemAsync(HttpStatusCode.GatewayTimeout, ProblemTypes.Unavailable);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_service_within_the_upstream_timeout_answers()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = GatewayHost.Start(backend, new Dictionary<string, string?> { ["Gateway:UpstreamTimeoutSeconds"] = "5" });
        var response = await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/slow/1", await gateway.TokenAsync()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_line_over_the_limit_is_a_414_problem()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestLineBytes"] = "1024" });
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/?q=" + new string('a', 500))).StatusCode);
        await (await gateway.Http.GetAsync("/?q=" + new string('a', 1500))).AssertProblemAsync(HttpStatusCode.RequestUriTooLong, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task A_request_line_past_kestrels_backstop_is_still_414()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestLineBytes"] = "1024" });
        Assert.Equal(HttpStatusCode.RequestUriTooLong, (await gateway.Http.GetAsync("/?q=" + new string('a', 3000))).StatusCode);
    }

    [Fact]
    public async Task Headers_over_the_limit_are_a_431_problem()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestHeadersBytes"] = "4096" });
        using var small = new HttpRequestMessage(HttpMethod.Get, "/");
        small.Headers.Add("X-Padding", new string('a', 2000));
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.SendAsync(small)).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('a', 5000));
        await (await gateway.Http.SendAsync(request)).AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task Headers_past_kestrels_backstop_are_still_431()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestHeadersBytes"] = "4096" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('a', 9000));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await gateway.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Too_many_headers_are_a_431_problem()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:MaxRequestHeaderCount"] = "10" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        for (var i = 0; i < 12; i++) request.Headers.Add($"X-Header-{i}", "v");
        await (await gateway.Http.SendAsync(request)).AssertProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, ProblemTypes.BadRequest);
    }
}
