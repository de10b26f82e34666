using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChildProtection.Testing;

/// <summary>
/// Signs HS256 tokens the way the gateway's development issuer does, so service tests can act as any
/// department, role and region without running the gateway.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "childprotection-dev";
    public const string Audience = "childprotection";

    /// <summary>A fixed 48-byte test key (base64), never used outside tests.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(SHA384.HashData("childprotection-test-signing-key"u8));

    public static string Create(string department, string role, string region, string user = "test-user", TimeSpan? lifetime = null)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new { alg = "HS256", typ = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["sub"] = user, ["department"] = department, ["role"] = role, ["region"] = region,
            ["iss"] = Issuer, ["aud"] = Audience, ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now.ToUnixTimeSeconds(), ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
        };
        var unsigned = $"{B64(JsonSerializer.SerializeToUtf8Bytes(header))}.{B64(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        var signature = HMACSHA256.HashData(Convert.FromBase64String(SigningKey), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{B64(signature)}";
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
