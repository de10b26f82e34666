using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChildProtection.ServiceDefaults.Tests.Support;

/// <summary>
/// A tiny OIDC authority on a loopback Kestrel port: a discovery document and a JWKS with one RSA key, and RS256
/// tokens signed with it — what a production identity provider gives the platform, without one.
/// </summary>
internal sealed class TestOidcAuthority : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private TestOidcAuthority(WebApplication app, RsaSecurityKey key, string issuer)
    {
        _app = app;
        _key = key;
        Issuer = issuer;
    }

    /// <summary>The authority URL, also the <c>iss</c> of its tokens.</summary>
    public string Issuer { get; }

    public static async Task<TestOidcAuthority> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-rsa-1" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        string? issuer = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer!,
            ["jwks_uri"] = issuer + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
        }));
        app.MapGet("/jwks", () =>
        {
            var p = key.Rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = key.KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) },
                },
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        issuer = address.TrimEnd('/');
        return new TestOidcAuthority(app, key, issuer);
    }

    /// <summary>An RS256 token with the platform's claims; the defaults are what a valid caller gets.</summary>
    public string Token(string audience = "childprotection", string? issuer = null, SecurityKey? signingKey = null,
        string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow,
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = "oidc-user", ["department"] = "police", ["role"] = "officer", ["region"] = "120116" },
            SigningCredentials = new SigningCredentials(signingKey ?? _key, algorithm),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
    }
}
