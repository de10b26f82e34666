using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChildProtection.ServiceDefaults;

/// <summary>JWT bearer authentication and caller-based authorization, the same in the gateway and every service.</summary>
public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates bearer tokens per <c>Auth:Mode</c> (Development: HS256 with <c>Auth:SigningKey</c>, issuer,
    /// audience, lifetime with 30 s skew; Oidc: <c>Auth:Authority</c> discovery and JWKS, audience) keeping
    /// claim names as issued; the default policy requires a valid <see cref="Caller"/>. Missing settings stop
    /// the host at startup.
    /// </summary>
    public static TBuilder AddPlatformAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<PlatformAuthOptions>()
            .BindConfiguration(PlatformAuthOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformAuthOptions>, PlatformAuthOptionsValidator>());

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<PlatformAuthOptions>>((jwt, auth) => Configure(jwt, auth.Value));

        services.AddAuthorization(options => options.DefaultPolicy = Policies.Caller());
        services.AddSingleton<IAuthorizationPolicyProvider, PlatformPolicyProvider>();
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, PlatformAuthOptions auth)
    {
        // Keep sub/department/role/region as issued instead of the long WS-Federation claim URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = PlatformClaims.Subject,
            RoleClaimType = PlatformClaims.Role,
        };

        // The caller's claims reach logs and the audit log: a token whose claims hold control characters (a NUL, CR or LF) is
        // refused outright (401), so no later write can fail on them.
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.Claims.Any(c => PlatformClaims.Checked.Contains(c.Type) && c.Value.Any(char.IsControl)) == true)
                    context.Fail("The token's claims hold control characters.");
                return Task.CompletedTask;
            },
        };

        if (auth.Mode == PlatformAuthMode.Development)
        {
            jwt.TokenValidationParameters.ValidIssuer = auth.Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(
                auth.SigningKeyBytes() ?? throw new InvalidOperationException("Auth:SigningKey is missing or not base64."));
            // Only the algorithm the dev issuer uses: no algorithm confusion.
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            jwt.Authority = auth.Authority;
            jwt.Audience = auth.Audience;
            jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }
    }
}
