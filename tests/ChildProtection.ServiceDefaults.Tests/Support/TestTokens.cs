using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChildProtection.ServiceDefaults.Tests.Support;

/// <summary>Tokens signed like the gateway's development issuer.</summary>
internal static class TestTokens
{
    public const string Issuer = "childprotection-dev";
    public const string Audience = "childprotection";
    public static readonly string SigningKey = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
    public static readonly string OtherKey = Convert.ToBase64String([.. Enumerable.Range(101, 32).Select(i => (byte)i)]);

    public static string For(
        string user = "u-1", string? department = "civil-affairs", string role = "caseworker", string region = "120116",
        string? key = null, TimeSpan? expiresIn = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = user, ["role"] = role, ["region"] = region };
        if (department is not null)
        {
            claims["department"] = department;
        }
        return Create(claims, key ?? SigningKey, expiresIn ?? TimeSpan.FromMinutes(10));
    }

    public static string Create(Dictionary<string, object> claims, string key, TimeSpan expiresIn)
    {
        var now = DateTime.UtcNow;
        var issuedAt = expiresIn < TimeSpan.Zero ? now + expiresIn - TimeSpan.FromMinutes(5) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = now + expiresIn,
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    public static HttpRequestMessage Get(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }
}
