using System.Net;
using System.Text.Json;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;
using ChildProtection.Testing;
using ChildProtection.Testing.Documentation;

namespace ChildProtection.Gateway.Tests;

public sealed class OpenApiDocumentTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayHost Gateway => fixture.Gateway;

    [Fact]
    public async Task The_gateway_describes_its_own_endpoints_with_the_bearer_scheme_and_problem_responses()
    {
        var token = await Gateway.TokenAsync();
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, OpenApiExtensions.DocumentPath("gateway"), token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var issue = document.GetProperty("paths").GetProperty("/api/dev/token").GetProperty("post");
        Assert.True(issue.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(issue.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_document_needs_a_caller_like_every_route_behind_the_gateway()
    {
        var response = await Gateway.Http.GetAsync(OpenApiExtensions.DocumentPath("gateway"));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task A_nul_character_in_the_path_is_refused_with_400_before_any_service_sees_it()
    {
        // The fuzzing test cannot send this through the in-memory server, so the real listener proves it here.
        var token = await Gateway.TokenAsync();
        var before = fixture.Backend.Hits;
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, "/api/registry/echo/a%00b", token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, fixture.Backend.Hits);
    }

    [Fact]
    public async Task Every_request_the_readmes_write_for_the_gateway_itself_is_in_its_openapi_document()
    {
        var documented = DocumentedRoutes.All()
            .Where(r => r.Path.StartsWith("/api/audit", StringComparison.Ordinal) || r.Path.StartsWith("/api/dev/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(documented);

        var token = await Gateway.TokenAsync();
        var response = await Gateway.Http.SendAsync(GatewayHost.Request(HttpMethod.Get, OpenApiExtensions.DocumentPath("gateway"), token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Empty(DocumentedRoutes.Missing(documented, await response.Content.ReadAsStringAsync()).Select(r => r.ToString()));
    }
}
