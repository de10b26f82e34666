using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChildProtection.Web.Account;

/// <summary>
/// Sign-in: a cookie that names a server-side session (<see cref="SessionTokenStore"/>), filled either by the
/// development sign-in page (the gateway's development issuer, only in the local default) or by OpenID Connect.
/// </summary>
public static class ConsoleAuthExtensions
{
    public const string CookieName = "cp.console";

    public static WebApplicationBuilder AddConsoleAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ConsoleAuthOptions.SectionName).Get<ConsoleAuthOptions>() ?? new();
        var problems = Validate(options, builder.Environment);
        if (problems.Count > 0)
        {
            // Like the services: a development switch left on in production stops the process instead of being ignored.
            throw new OptionsValidationException(ConsoleAuthOptions.SectionName, typeof(ConsoleAuthOptions), problems);
        }
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SessionTokenStore>();
        builder.Services.AddSingleton<SignInTickets>();
        builder.Services.AddSingleton(new DevSignIn(IsDevSignInEnabled(options, builder.Environment)));

        var auth = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        });
        auth.AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = AccountEndpoints.SignInPath;
            cookie.AccessDeniedPath = "/";
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                // The token lives only in this process: a restart or an expired token ends the session.
                var store = context.HttpContext.RequestServices.GetRequiredService<SessionTokenStore>();
                if (store.Find(context.Principal?.FindFirst(ConsoleUser.SessionClaim)?.Value) is null)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            };
        });
        if (options.IsOidc)
        {
            auth.AddOpenIdConnect(oidc => ConfigureOidc(oidc, options));
        }
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    internal static List<string> Validate(ConsoleAuthOptions options, IHostEnvironment environment)
    {
        var problems = new List<string>();
        if (!options.IsOidc && !options.IsDevelopmentMode)
            problems.Add($"Auth:Mode must be Development or Oidc (it is '{options.Mode}').");
        if (options.DevTokens.Enabled && !(options.IsDevelopmentMode && environment.IsDevelopment()))
            problems.Add("Auth:DevTokens:Enabled=true (the development sign-in page) is allowed only with Auth:Mode=Development "
                + $"in the Development environment (this process: Auth:Mode={options.Mode}, environment {environment.EnvironmentName}).");
        if (options.IsOidc)
        {
            if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
                problems.Add("Auth:Authority (an absolute URL) is required when Auth:Mode is Oidc.");
            else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
                problems.Add("Auth:Authority must be https (or set Auth:RequireHttpsMetadata=false in a lab).");
            if (string.IsNullOrWhiteSpace(options.ClientId))
                problems.Add("Auth:ClientId (the console's client at the identity provider) is required when Auth:Mode is Oidc.");
        }
        return problems;
    }

    private static bool IsDevSignInEnabled(ConsoleAuthOptions options, IHostEnvironment environment) =>
        options.DevTokens.Enabled && options.IsDevelopmentMode && environment.IsDevelopment();

    private static void ConfigureOidc(OpenIdConnectOptions oidc, ConsoleAuthOptions options)
    {
        oidc.Authority = options.Authority;
        oidc.ClientId = options.ClientId;
        oidc.ClientSecret = options.ClientSecret;
        oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = true;
        // The tokens stay on the server (SessionTokenStore), never in the cookie.
        oidc.SaveTokens = false;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        foreach (var scope in (options.Scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) oidc.Scope.Add(scope);
        if (!string.IsNullOrWhiteSpace(options.Audience)) oidc.Resource = options.Audience;
        oidc.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
        oidc.Events.OnTokenValidated = context =>
        {
            var accessToken = context.TokenEndpointResponse?.AccessToken;
            var claims = PlatformClaimsOf(context.Principal, accessToken);
            if (accessToken is null || claims is null)
            {
                context.Fail("The identity provider's tokens do not name a department, role and region for this person.");
                return Task.CompletedTask;
            }
            var expiresIn = int.TryParse(context.TokenEndpointResponse?.ExpiresIn, out var seconds) ? seconds : 3600;
            var expiresAt = DateTimeOffset.UtcNow.AddSeconds(expiresIn);
            var store = context.HttpContext.RequestServices.GetRequiredService<SessionTokenStore>();
            context.Principal = Principal(claims, store.Add(accessToken, expiresAt), context.Principal?.FindFirst(PlatformClaims.Name)?.Value);
            context.Properties!.ExpiresUtc = expiresAt;
            context.Properties.IsPersistent = false;
            return Task.CompletedTask;
        };
    }

    // department, role and region from the ID token or user info; else from the access token the gateway will check.
    private static ConsoleUser? PlatformClaimsOf(ClaimsPrincipal? principal, string? accessToken)
    {
        if (ConsoleUser.From(principal) is { } user) return user;
        if (accessToken is null) return null;
        try
        {
            var jwt = new JwtSecurityTokenHandler().ReadJwtToken(accessToken);
            return ConsoleUser.From(new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "access-token")));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The cookie's principal: who the user is and the session id, never the token itself.</summary>
    public static ClaimsPrincipal Principal(ConsoleUser user, string sessionId, string? displayName = null)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, user.Subject),
            new(PlatformClaims.Department, user.Department),
            new(PlatformClaims.Role, user.Role),
            new(PlatformClaims.Region, user.Region),
            new(PlatformClaims.Name, displayName ?? user.Subject),
            new(ConsoleUser.SessionClaim, sessionId),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, PlatformClaims.Name, PlatformClaims.Role));
    }
}

/// <summary>Whether the development sign-in page exists in this process (the local default only).</summary>
public sealed record DevSignIn(bool Enabled);
