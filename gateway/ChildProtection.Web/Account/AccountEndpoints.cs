using ChildProtection.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace ChildProtection.Web.Account;

/// <summary>The plain HTTP endpoints around sign-in: where a cookie is set or removed (a Blazor circuit cannot).</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/signin";
    public const string CompletePath = "/account/complete";
    public const string SignOutPath = "/account/signout";
    public const string DevSignInPage = "/dev-signin";

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();

        // The cookie handler sends people here; development goes to the sign-in page, production to the identity provider.
        account.MapGet("/signin", (string? returnUrl, DevSignIn dev, IOptions<ConsoleAuthOptions> options, HttpContext http) =>
        {
            var target = LocalOrHome(returnUrl);
            if (dev.Enabled) return Results.Redirect($"{DevSignInPage}?returnUrl={Uri.EscapeDataString(target)}");
            if (options.Value.IsOidc)
                return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme]);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No way to sign in is configured.");
        });

        // The development sign-in page hands over a one-time ticket: sign in with it and go on.
        account.MapGet("/complete", async (string? ticket, string? returnUrl, DevSignIn dev, SignInTickets tickets,
            SessionTokenStore store, HttpContext http) =>
        {
            if (!dev.Enabled) return Results.NotFound();
            if (tickets.Take(ticket) is not { } signIn) return Results.Redirect(SignInPath);
            var session = store.Add(signIn.Token, signIn.ExpiresAt);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ConsoleAuthExtensions.Principal(signIn.User, session),
                new AuthenticationProperties { ExpiresUtc = signIn.ExpiresAt, IsPersistent = false });
            return Results.Redirect(LocalOrHome(returnUrl));
        });

        account.MapPost("/signout", async (HttpContext http, SessionTokenStore store, IOptions<ConsoleAuthOptions> options) =>
        {
            store.Remove(http.User.FindFirst(ConsoleUser.SessionClaim)?.Value);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signed-out");
        });

        // zh-CN is the default; English on request, remembered in the culture cookie.
        app.MapGet("/culture", (string? culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = Localization.ConsoleCultures.Supported.Contains(culture, StringComparer.Ordinal) ? culture! : Localization.ConsoleCultures.Default;
            http.Response.Cookies.Append(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
                Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.Redirect(LocalOrHome(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    /// <summary>Outside the local default the development sign-in page does not exist (404, nothing rendered).</summary>
    public static WebApplication UseDevSignInGuard(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(DevSignInPage, StringComparison.OrdinalIgnoreCase)
                && !context.RequestServices.GetRequiredService<DevSignIn>().Enabled)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Only paths of this site: an absolute or protocol-relative URL would be an open redirect.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    /// <summary>Whether a user token names a region code prefix the platform accepts (2–12 digits).</summary>
    public static bool IsRegionPrefix(string? region) => RegionCodes.IsValidPrefix(region);
}
