using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Gateway.Tests;

public sealed class RoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task An_api_request_reaches_the_service_with_its_path_token_and_correlation_id()
    {
        var token = await Gateway.TokenAsync();
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/x?page=2", token, "corr-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<Echo>();
        Assert.NotNull(echo);
        Assert.Equal("GET", echo.Method);
        Assert.Equal("/api/registry/echo/x?page=2", echo.Path);
        Assert.Equal($"Bearer {token}", echo.Authorization);
        Assert.Equal("corr-42", echo.CorrelationId);
        Assert.Equal("corr-42", response.Headers.GetValues(CorrelationId.HeaderName).Single());
    }

    [Fact]
    public async Task The_gateway_stamps_a_correlation_id_when_the_caller_sends_none_or_a_bad_one()
    {
        var token = await Gateway.TokenAsync();
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/y", token, "bad id with spaces"));
        var echo = await response.Content.ReadFromJsonAsync<Echo>();
        Assert.Matches("^[0-9a-f]{32}$", echo!.CorrelationId);
        Assert.Equal(echo.CorrelationId, response.Headers.GetValues(CorrelationId.HeaderName).Single());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401_problem_and_the_service_is_not_called()
    {
        var before = fixture.Backend.Hits;
        var response = await Gateway.Http.GetAsync("/api/registry/echo/x");
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        Assert.Equal(before, fixture.Backend.Hits);
    }

    [Fact]
    public async Task A_forged_token_is_401()
    {
        var token = await Gateway.TokenAsync();
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/x", forged));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_development_token_is_accepted_by_the_service_with_its_claims()
    {
        var token = await Gateway.TokenAsync(user: "director-7", department: "village-committee", role: "child-director", region: "120116001002");
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/whoami", token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new Caller("director-7", "village-committee", "child-director", "120116001002"),
            await response.Content.ReadFromJsonAsync<Caller>());
    }

    [Fact]
    public async Task An_unknown_service_is_404_problem()
    {
        var token = await Gateway.TokenAsync();
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/nosuch/x", token));
        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_problem_and_the_service_is_not_called()
    {
        var token = await Gateway.TokenAsync();
        var before = fixture.Backend.Hits;
        var request = GatewayHost.Request(HttpMethod.Post, "/api/registry/echo/upload", token);
        request.Content = new ByteArrayContent(new byte[GatewayFixture.MaxBodyBytes + 1]);
        var response = await Gateway.Http.SendAsync(request);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, ProblemTypes.BadRequest);
        Assert.Equal(before, fixture.Backend.Hits);

        var small = GatewayHost.Request(HttpMethod.Post, "/api/registry/echo/upload", token);
        small.Content = new ByteArrayContent(new byte[GatewayFixture.MaxBodyBytes]);
        Assert.Equal(HttpStatusCode.OK, (await Gateway.Http.SendAsync(small)).StatusCode);
    }

    [Fact]
    public async Task A_grpc_call_passes_through_over_http2_and_the_trailers_come_back()
    {
        var token = await Gateway.TokenAsync();
        var response = await Gateway.Grpc.SendAsync(Grpc.Call("/registry.v1.ChildDirectory/GetChild", token, [1, 2, 3]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version20, response.Version);
        Assert.Equal("application/grpc", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("0", Grpc.Status(response));
        Assert.Equal("8", response.TrailingHeaders.GetValues("x-request-bytes").Single());

        var echo = JsonSerializer.Deserialize<Echo>(body.AsSpan(5), JsonSerializerOptions.Web)!;
        Assert.Equal("HTTP/2", echo.Protocol);
        Assert.Equal("/registry.v1.ChildDirectory/GetChild", echo.Path);
        Assert.Equal($"Bearer {token}", echo.Authorization);
        Assert.False(string.IsNullOrEmpty(echo.CorrelationId));
    }

    [Fact]
    public async Task A_grpc_call_without_a_token_gets_unauthenticated_and_the_service_is_not_called()
    {
        var before = fixture.Backend.Hits;
        var response = await Gateway.Grpc.SendAsync(Grpc.Call("/registry.v1.ChildDirectory/GetChild", null, [1]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/grpc", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("16", Grpc.Status(response));
        Assert.Equal(before, fixture.Backend.Hits);
    }

    [Fact]
    public async Task Grpc_routes_answer_only_on_the_grpc_listener_and_api_routes_only_on_the_http_listener()
    {
        var token = await Gateway.TokenAsync();
        var grpcOnHttp = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Post, "/registry.v1.ChildDirectory/GetChild", token));
        Assert.Equal(HttpStatusCode.NotFound, grpcOnHttp.StatusCode);

        var apiOnGrpc = await Gateway.Grpc.SendAsync(Grpc.OverHttp2(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/x", token)));
        Assert.Equal(HttpStatusCode.NotFound, apiOnGrpc.StatusCode);
    }

    [Fact]
    public async Task The_index_lists_health_the_dev_token_endpoint_and_the_routed_services()
    {
        var index = JsonDocument.Parse(await Gateway.Http.GetStringAsync("/")).RootElement;
        Assert.Equal("gateway", index.GetProperty("name").GetString());
        Assert.Equal("/health/ready", index.GetProperty("links").GetProperty("ready").GetString());
        Assert.Equal("/api/dev/token", index.GetProperty("links").GetProperty("devToken").GetString());
        var registry = Assert.Single(index.GetProperty("services").EnumerateArray());
        Assert.Equal("/api/registry/", registry.GetProperty("api").GetString());
        Assert.Equal("registry.v1.ChildDirectory", registry.GetProperty("grpc")[0].GetString());
    }

    [Fact]
    public async Task Health_probes_are_anonymous()
    {
        Assert.Equal(HttpStatusCode.OK, (await Gateway.Http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Gateway.Http.GetAsync("/health/ready")).StatusCode);
    }
}
