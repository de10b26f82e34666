using static ChildProtection.Testing.ProblemAssertions;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ChildProtection.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace ChildProtection.ServiceDefaults.Tests;

/// <summary>Auth:Mode=Oidc against a real (in-process, loopback) authority: discovery, JWKS, issuer and audience all checked.</summary>
public sealed class OidcAuthenticationTests : IAsyncLifetime
{
    private TestOidcAuthority _authority = null!;
    private TestApp _service = null!;

    public async Task InitializeAsync()
    {
        _authority = await TestOidcAuthority.StartAsync();
        _service = await TestApp.StartAsync(
            app => app.MapGet("/me", (HttpContext context) => Caller.From(context.User)).RequireAuthorization(),
            settings: new Dictionary<string, string?>
            {
                ["Auth:Mode"] = "Oidc",
                ["Auth:Authority"] = _authority.Issuer,
                ["Auth:Audience"] = "childprotection",
                // The loopback authority speaks plain HTTP; production keeps the default (true).
                ["Auth:RequireHttpsMetadata"] = "false",
                ["Auth:SigningKey"] = null,
            },
            environment: "Production");
    }

    [Fact]
    public async Task An_rs256_token_from_the_authority_with_the_platform_claims_is_accepted()
    {
        var response = await _service.Client.SendAsync(TestTokens.Get("/me", _authority.Token()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Caller("oidc-user", "police", "officer", "120116"), await response.Content.ReadFromJsonAsync<Caller>());
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401() =>
        await (await _service.Client.SendAsync(TestTokens.Get("/me", _authority.Token(audience: "another-system"))))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);

    [Fact]
    public async Task A_token_from_another_issuer_is_401() =>
        await (await _service.Client.SendAsync(TestTokens.Get("/me", _authority.Token(issuer: "https://impostor.example"))))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);

    [Fact]
    public async Task A_token_signed_by_another_key_with_the_same_key_id_is_401()
    {
        using var rsa = RSA.Create(2048);
        var impostor = new RsaSecurityKey(rsa) { KeyId = "test-rsa-1" };
        await (await _service.Client.SendAsync(TestTokens.Get("/me", _authority.Token(signingKey: impostor))))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    [Fact]
    public async Task A_development_hs256_token_is_401_even_with_the_authoritys_issuer()
    {
        await (await _service.Client.SendAsync(TestTokens.Get("/me", TestTokens.For())))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        var devKey = new SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey));
        await (await _service.Client.SendAsync(TestTokens.Get("/me", _authority.Token(signingKey: devKey, algorithm: SecurityAlgorithms.HmacSha256))))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _authority.DisposeAsync();
    }
}
