using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using Bunit;
using ChildProtection.ServiceDefaults;
using ChildProtection.Web.Account;
using ChildProtection.Web.Api;
using ChildProtection.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ChildProtection.Web.Tests.Components;

/// <summary>
/// The console's components in bUnit with their real services (texts, names, problem translation, MudBlazor) and a
/// gateway that answers what the test says, recording what it was sent. The user is signed in as the given caller.
/// </summary>
public sealed class ConsoleComponentContext : BunitContext
{
    public StubGateway Gateway { get; } = new();

    public ConsoleComponentContext(string department = "civil-affairs", string role = "caseworker", string region = "120116", string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ITokenSource>(new FixedToken());
        Services.AddScoped(_ => new GatewayApi(new HttpClient(Gateway) { BaseAddress = new Uri("http://gateway.test") }, new FixedToken()));
        Services.AddScoped<Names>();
        Services.AddScoped<ProblemText>();
        Services.AddScoped<ApiTexts>();
        Services.AddScoped<RegionNames>();
        Services.AddScoped<ChildNames>();
        Services.AddSingleton<SessionTokenStore>();
        Services.AddSingleton<SignInTickets>();
        Services.AddSingleton(new DevSignIn(true));
        var auth = AddAuthorization();
        auth.SetAuthorized(role + "-" + region);
        auth.SetClaims(new Claim(PlatformClaims.Subject, role + "-" + region), new Claim(PlatformClaims.Department, department),
            new Claim(PlatformClaims.Role, role), new Claim(PlatformClaims.Region, region));
        // MudBlazor's selects and pickers open in the popover provider.
        Render<MudPopoverProvider>();
    }

    private sealed class FixedToken : ITokenSource
    {
        public Task<string?> TokenAsync() => Task.FromResult<string?>("test-token");
    }
}

/// <summary>A gateway that answers by path (the first matching rule wins; anything else is 404) and records each request.</summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string PathStart, Func<HttpResponseMessage> Answer)> _rules = [];

    public List<(HttpMethod Method, string Path, string? Body, string? IfMatch)> Requests { get; } = [];

    public StubGateway On(HttpMethod method, string pathStart, HttpStatusCode status, string json, string? etag = null)
    {
        _rules.Insert(0, (method, pathStart, () =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(json, Encoding.UTF8, status < HttpStatusCode.BadRequest ? "application/json" : "application/problem+json"),
            };
            if (etag is not null) response.Headers.ETag = new System.Net.Http.Headers.EntityTagHeaderValue(etag);
            return response;
        }));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.PathAndQuery;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, path, body, request.Headers.TryGetValues("If-Match", out var m) ? m.Single() : null));
        foreach (var (method, start, answer) in _rules)
        {
            if (method == request.Method && path.StartsWith(start, StringComparison.Ordinal)) return answer();
        }
        return new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"status":404,"title":"Not found"}""") };
    }
}
