using ChildProtection.ServiceDefaults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChildProtection.Gateway.DevTokens;

/// <summary>Signs development tokens (HS256, <c>Auth:SigningKey</c>) exactly as the services validate them.</summary>
public sealed class DevTokenIssuer(IOptions<PlatformAuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>Issues a token for a request that passed <see cref="DevTokenRequest.Validate"/>.</summary>
    public DevTokenResponse Issue(DevTokenRequest request)
    {
        var auth = options.Value;
        var now = time.GetUtcNow();
        var expires = now.AddMinutes(request.LifetimeMinutes ?? DevTokenRequest.DefaultLifetimeMinutes);
        var key = new SymmetricSecurityKey(auth.SigningKeyBytes() ?? throw new InvalidOperationException("Auth:SigningKey is not set."));

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [PlatformClaims.Subject] = request.User!,
                [PlatformClaims.Department] = request.Department!,
                [PlatformClaims.Role] = request.Role!,
                [PlatformClaims.Region] = request.Region!,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new DevTokenResponse(token, expires);
    }
}
