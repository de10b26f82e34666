using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults.Tests;

public sealed class AuthenticationTests
{
    private static void Map(WebApplication app)
    {
        app.MapGet("/me", (HttpContext context) => Caller.From(context.User)).RequireAuthorization();
        app.MapGet("/metadata", (HttpContext context) => context.CreateEventMetadata()).RequireAuthorization();
        app.MapGet("/police-only", () => "ok").RequireAuthorization(Policies.Department(Departments.Police, Departments.Court));
        app.MapGet("/operators-only", () => "ok").RequireAuthorization(Policies.Role(Roles.Operator));
        app.MapGet("/judges-of-court", () => "ok").RequireCaller(departments: [Departments.Court], roles: [Roles.Judge]);
        app.MapGet("/anonymous", () => "ok");
        app.MapPost("/pkg.v1.Service/Method", () => "ok").RequireAuthorization();
    }

    private static Task<TestApp> StartAsync() => TestApp.StartAsync(Map);

    [Fact]
    public async Task A_valid_development_token_is_accepted_and_its_claims_kept_as_issued()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(TestTokens.Get("/me", TestTokens.For(region: "1405")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var caller = await response.Content.ReadFromJsonAsync<Caller>();
        Assert.Equal(new Caller("u-1", "civil-affairs", "caseworker", "1405"), caller);
    }

    [Fact]
    public async Task No_token_is_401_problem()
    {
        await using var app = await StartAsync();
        await (await app.Client.GetAsync("/me")).AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(TestTokens.Get("/me", TestTokens.For(key: TestTokens.OtherKey)));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(TestTokens.Get("/me", TestTokens.For(expiresIn: TimeSpan.FromMinutes(-2))));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Theory]
    [InlineData("sub", "u-1\u0000")]
    [InlineData("sub", "u-1\r\nx")]
    [InlineData("role", "case\nworker")]
    [InlineData("region", "1405\t")]
    public async Task A_token_whose_claims_hold_control_characters_is_401(string claim, string value)
    {
        await using var app = await StartAsync();
        var claims = new Dictionary<string, object> { ["sub"] = "u-1", ["department"] = "civil-affairs", ["role"] = "caseworker", ["region"] = "1405" };
        claims[claim] = value;
        var response = await app.Client.SendAsync(TestTokens.Get("/me", TestTokens.Create(claims, TestTokens.SigningKey, TimeSpan.FromMinutes(5))));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task A_token_without_a_department_is_403_problem()
    {
        await using var app = await StartAsync();
        var response = await app.Client.SendAsync(TestTokens.Get("/me", TestTokens.For(department: null)));
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Department_policy_admits_listed_departments_and_forbids_others()
    {
        await using var app = await StartAsync();
        var police = await app.Client.SendAsync(TestTokens.Get("/police-only", TestTokens.For(department: "police", role: "officer")));
        Assert.Equal(HttpStatusCode.OK, police.StatusCode);
        var civil = await app.Client.SendAsync(TestTokens.Get("/police-only", TestTokens.For()));
        await civil.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task Role_policy_admits_operators_only()
    {
        await using var app = await StartAsync();
        var op = await app.Client.SendAsync(TestTokens.Get("/operators-only", TestTokens.For(department: "platform", role: "operator", region: "*")));
        Assert.Equal(HttpStatusCode.OK, op.StatusCode);
        var caseworker = await app.Client.SendAsync(TestTokens.Get("/operators-only", TestTokens.For()));
        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
    }

    [Fact]
    public async Task RequireCaller_needs_both_department_and_role()
    {
        await using var app = await StartAsync();
        var judge = await app.Client.SendAsync(TestTokens.Get("/judges-of-court", TestTokens.For(department: "court", role: "judge")));
        Assert.Equal(HttpStatusCode.OK, judge.StatusCode);
        var clerk = await app.Client.SendAsync(TestTokens.Get("/judges-of-court", TestTokens.For(department: "court", role: "clerk")));
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
    }

    [Fact]
    public async Task Event_metadata_carries_correlation_actor_and_trace()
    {
        await using var app = await StartAsync();
        var request = TestTokens.Get("/metadata", TestTokens.For(user: "u-9", region: "2105"));
        request.Headers.Add(CorrelationId.HeaderName, "visit-123");
        var metadata = await (await app.Client.SendAsync(request)).Content.ReadFromJsonAsync<EventMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal("visit-123", metadata.CorrelationId);
        Assert.Null(metadata.CausationId);
        Assert.Equal(new Actor("u-9", "civil-affairs", "caseworker", "2105"), metadata.Actor);
    }

    [Fact]
    public async Task A_grpc_caller_without_a_token_gets_unauthenticated()
    {
        await using var app = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/pkg.v1.Service/Method") { Content = new ByteArrayContent([0, 0, 0, 0, 0]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/grpc", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("16", response.Headers.GetValues("grpc-status").Single());
    }

    [Theory]
    [InlineData("Development", null, null, "Auth:SigningKey (base64) is required")]
    [InlineData("Development", "c2hvcnQ=", null, "at least 32 bytes")]
    [InlineData("Oidc", null, null, "Auth:Authority")]
    [InlineData("Oidc", null, "http://idp.example", "must be https")]
    public async Task Missing_auth_settings_stop_the_host_with_a_clear_message(string mode, string? key, string? authority, string expected)
    {
        var app = TestApp.Build(settings: new Dictionary<string, string?>
        {
            ["Auth:Mode"] = mode,
            ["Auth:SigningKey"] = key,
            ["Auth:Authority"] = authority,
        });
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Oidc_mode_with_an_authority_starts()
    {
        var app = TestApp.Build(settings: new Dictionary<string, string?>
        {
            ["Auth:Mode"] = "Oidc",
            ["Auth:SigningKey"] = null,
            ["Auth:Authority"] = "https://idp.example/realms/cp",
        });
        await app.StartAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
