using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChildProtection.Gateway.DevTokens;
using ChildProtection.Gateway.Tests.Support;
using ChildProtection.ServiceDefaults;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChildProtection.Gateway.Tests;

public sealed class DevTokenTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task A_token_carries_the_requested_claims_and_lifetime()
    {
        var before = DateTimeOffset.UtcNow;
        var response = await fixture.Gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path,
            new { user = "op-1", department = "platform", role = "operator", region = "*", lifetimeMinutes = 30 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issued = (await response.Content.ReadFromJsonAsync<DevTokenResponse>())!;

        Assert.InRange(issued.ExpiresAt, before.AddMinutes(29), DateTimeOffset.UtcNow.AddMinutes(31));
        var jwt = new JsonWebToken(issued.Token);
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal("childprotection-dev", jwt.Issuer);
        Assert.Equal("childprotection", Assert.Single(jwt.Audiences));
        Assert.Equal("op-1", jwt.Subject);
        Assert.Equal("platform", jwt.GetClaim("department").Value);
        Assert.Equal("operator", jwt.GetClaim("role").Value);
        Assert.Equal("*", jwt.GetClaim("region").Value);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
    }

    [Theory]
    [InlineData("""{ "user": "u", "department": "martians", "role": "caseworker", "region": "12" }""", "department")]
    [InlineData("""{ "user": "u", "department": "police", "role": "officer", "region": "*" }""", "region")]
    [InlineData("""{ "user": "u", "department": "police", "role": "officer", "region": "1" }""", "region")]
    [InlineData("""{ "user": "u", "department": "police", "role": "officer", "region": "12x4" }""", "region")]
    [InlineData("""{ "user": "u", "department": "police", "role": "", "region": "12" }""", "role")]
    [InlineData("""{ "department": "police", "role": "officer", "region": "12" }""", "user")]
    [InlineData("""{ "user": "u", "department": "police", "role": "officer", "region": "12", "lifetimeMinutes": 0 }""", "lifetimeMinutes")]
    [InlineData("""{ "user": "u\u0000x", "department": "police", "role": "officer", "region": "12" }""", "user")]
    [InlineData("""{ "user": "u\r\nx", "department": "police", "role": "officer", "region": "12" }""", "user")]
    [InlineData("""{ "user": "u", "department": "police", "role": "offi\ncer", "region": "12" }""", "role")]
    public async Task An_invalid_request_is_400_validation_problem(string json, string field)
    {
        var response = await fixture.Gateway.Http.PostAsync(DevTokenEndpoints.Path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        var response = await fixture.Gateway.Http.PostAsync(DevTokenEndpoints.Path, new StringContent("{ \"user\": ", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.BadRequest);
    }

    [Fact]
    public async Task The_endpoint_does_not_exist_when_dev_tokens_are_disabled()
    {
        await using var gateway = GatewayHost.Start(null, new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "false" });
        var response = await gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path, new { user = "u", department = "police", role = "officer", region = "12" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("devToken", await gateway.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoint_does_not_exist_in_production()
    {
        await using var gateway = GatewayHost.Start(null, environment: "Production");
        var response = await gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path, new { user = "u", department = "police", role = "officer", region = "12" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every environment and mode with the switch off: the gateway starts and the route does not exist.</summary>
    [Theory]
    [InlineData("Development", "Development")]
    [InlineData("Development", "Oidc")]
    [InlineData("Staging", "Development")]
    [InlineData("Staging", "Oidc")]
    [InlineData("Production", "Development")]
    [InlineData("Production", "Oidc")]
    public async Task With_dev_tokens_off_the_endpoint_does_not_exist_whatever_the_environment_and_mode(string environment, string mode)
    {
        await using var gateway = GatewayHost.Start(null, Settings(mode, enabled: false), environment);
        var response = await gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path, new { user = "u", department = "police", role = "officer", region = "12" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The switch on anywhere but the local default (Development environment, Development mode) stops the gateway at start.</summary>
    [Theory]
    [InlineData("Development", "Oidc")]
    [InlineData("Staging", "Development")]
    [InlineData("Staging", "Oidc")]
    [InlineData("Production", "Development")]
    [InlineData("Production", "Oidc")]
    public void With_dev_tokens_on_outside_the_local_default_the_gateway_refuses_to_start(string environment, string mode)
    {
        var failure = Assert.ThrowsAny<Exception>(() => GatewayHost.Start(null, Settings(mode, enabled: true), environment));
        Assert.Contains("Auth:DevTokens:Enabled=true is allowed only with Auth:Mode=Development in the Development environment",
            failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_dev_tokens_on_in_the_local_default_the_endpoint_issues_tokens()
    {
        await using var gateway = GatewayHost.Start(null, Settings("Development", enabled: true), "Development");
        var response = await gateway.Http.PostAsJsonAsync(DevTokenEndpoints.Path, new { user = "u", department = "police", role = "officer", region = "12" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Dictionary<string, string?> Settings(string mode, bool enabled) => new()
    {
        ["Auth:Mode"] = mode,
        ["Auth:Authority"] = mode == "Oidc" ? "https://idp.example/realms/cp" : null,
        ["Auth:DevTokens:Enabled"] = enabled ? "true" : "false",
    };
}
