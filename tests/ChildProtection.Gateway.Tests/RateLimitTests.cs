using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Gateway.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Over_the_per_ip_limit_the_answer_is_429_problem_with_retry_after()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Gateway:RateLimits:PerIpPerMinute"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/")).StatusCode);
        }

        var limited = await gateway.Http.GetAsync("/");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, ProblemTypes.RateLimited);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        // Probes stay exempt so a busy gateway is not restarted for being busy.
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task The_per_user_limit_counts_each_user_separately()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = GatewayHost.Start(backend, new Dictionary<string, string?> { ["Gateway:RateLimits:PerUserPerMinute"] = "2" });
        var alice = await gateway.TokenAsync(user: "alice");
        var bob = await gateway.TokenAsync(user: "bob");

        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/1", alice))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/2", alice))).StatusCode);
        var third = await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/3", alice));
        await third.AssertProblemAsync(HttpStatusCode.TooManyRequests, ProblemTypes.RateLimited);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/1", bob))).StatusCode);
    }

    [Fact]
    public async Task A_rate_limited_grpc_caller_gets_resource_exhausted()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = GatewayHost.Start(backend, new Dictionary<string, string?> { ["Gateway:RateLimits:PerUserPerMinute"] = "1" });
        var token = await gateway.TokenAsync();
        Assert.Equal("0", Grpc.Status(await gateway.Grpc.SendAsync(Grpc.Call("/registry.v1.ChildDirectory/GetChild", token, [1]))));
        Assert.Equal("8", Grpc.Status(await gateway.Grpc.SendAsync(Grpc.Call("/registry.v1.ChildDirectory/GetChild", token, [1]))));
    }
}
