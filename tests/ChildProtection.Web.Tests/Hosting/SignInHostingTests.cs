using System.Net;
using ChildProtection.Web.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChildProtection.Web.Tests.Hosting;

/// <summary>
/// Sign-in as the console process serves it: the development sign-in page exists only in the local default, a
/// development switch left on elsewhere stops the process, and the user's token stays on the server — the cookie
/// names a session, nothing more.
/// </summary>
public sealed class SignInHostingTests
{
    private static WebApplicationFactory<Program> Console(string environment, IDictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Gateway:Http", "http://127.0.0.1:9");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    private static readonly Dictionary<string, string?> LocalDefault = new() { ["Auth:Mode"] = "Development", ["Auth:DevTokens:Enabled"] = "true" };

    private static readonly Dictionary<string, string?> Production = new()
    {
        ["Auth:Mode"] = "Oidc", ["Auth:Authority"] = "https://idp.example/realms/cp", ["Auth:ClientId"] = "console", ["Auth:ClientSecret"] = "s",
    };

    private static HttpClient NoRedirects(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task In_the_local_default_signing_in_goes_to_the_development_page_and_pages_ask_for_a_sign_in()
    {
        await using var factory = Console("Development", LocalDefault);
        using var client = NoRedirects(factory);
        var signIn = await client.GetAsync(new Uri("/account/signin?returnUrl=%2Fchildren", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/dev-signin?returnUrl=%2Fchildren", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dev-signin", UriKind.Relative))).StatusCode);
        var page = await client.GetAsync(new Uri("/children", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/signin", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_local_default_the_development_sign_in_does_not_exist()
    {
        await using var factory = Console("Production", Production);
        using var client = NoRedirects(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/dev-signin", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/account/complete?ticket=x", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void The_development_switch_left_on_in_production_stops_the_process()
    {
        var settings = new Dictionary<string, string?>(Production) { ["Auth:DevTokens:Enabled"] = "true" };
        using var factory = Console("Production", settings);
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Auth:DevTokens:Enabled=true", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Openid_connect_needs_an_https_authority_and_the_consoles_client()
    {
        var problems = ConsoleAuthExtensions.Validate(new ConsoleAuthOptions { Mode = "Oidc", Authority = "http://idp.example" },
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" });
        Assert.Contains(problems, p => p.Contains("https", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Auth:ClientId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cookie_names_a_session_and_never_carries_the_users_token()
    {
        const string token = "eyJhbGciOiJIUzI1NiJ9.the-users-own-token.signature";
        await using var factory = Console("Development", LocalDefault);
        using var client = NoRedirects(factory);
        var tickets = factory.Services.GetRequiredService<SignInTickets>();
        var ticket = tickets.Create(new PendingSignIn(new ConsoleUser("officer-1", "police", "officer", "120116"), token, DateTimeOffset.UtcNow.AddHours(1)));

        var response = await client.GetAsync(new Uri($"/account/complete?ticket={ticket}&returnUrl=%2F", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ConsoleAuthExtensions.CookieName + "=", StringComparison.Ordinal));
        var value = Uri.UnescapeDataString(cookie.Split(';')[0][(ConsoleAuthExtensions.CookieName.Length + 1)..]);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = options.TicketDataFormat.Unprotect(value)!;
        Assert.DoesNotContain(principal.Principal.Claims, c => c.Value.Contains("the-users-own-token", StringComparison.Ordinal));
        Assert.DoesNotContain(principal.Properties.Items.Values, v => v?.Contains("the-users-own-token", StringComparison.Ordinal) == true);
        var session = principal.Principal.FindFirst(ConsoleUser.SessionClaim)!.Value;
        Assert.Equal(token, factory.Services.GetRequiredService<SessionTokenStore>().Find(session));
        // A ticket is used once.
        Assert.Null(tickets.Take(ticket));
    }
}
