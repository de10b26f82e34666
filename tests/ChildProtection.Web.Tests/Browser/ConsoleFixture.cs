using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;
using Microsoft.Playwright;

namespace ChildProtection.Web.Tests.Browser;

/// <summary>
/// The whole platform as processes on a fresh database — every service, the gateway and the web console behind it
/// (<see cref="PlatformProcesses"/>, as <c>infra/platform.sh up</c> runs them) — with the demo county's villages and
/// directors (infra/local/seed), and one Chromium (Debian's, by executable path) shared by every journey.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string County = "120116";
    public const string Village = "120116100201";
    public const string VillageName = "太平村";
    public const string Township = "120116100";

    private PlatformProcesses _platform = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The console's address: the gateway's root.</summary>
    public Uri Console => _platform.Gateway.BaseAddress;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        _platform = await PlatformProcesses.StartAsync("web", withWebConsole: true, gatewayEnvironment: new Dictionary<string, string>
        {
            // One machine plays every user: the browser, the console's calls and the tests' own all come from 127.0.0.1.
            ["Gateway__RateLimits__PerIpPerMinute"] = "100000",
            ["Gateway__RateLimits__PerUserPerMinute"] = "100000",
        });
        await SeedCountyAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.LaunchArguments,
        });
    }

    /// <summary>A fresh browser context (cookies of its own) at a viewport: 390 × 844 for a phone, 1366 × 768 for a desk.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1366, int height = 768) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Console.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });

    /// <summary>A client of the gateway's API as the given caller (for arranging what a journey starts from).</summary>
    public Task<HttpClient> ApiAsync(string department, string role, string region) => _platform.ClientAsync(department, role, region);

    // The demo county's villages and directors, from the same files infra/local/seed.sh loads.
    private async Task SeedCountyAsync()
    {
        using var api = await ApiAsync("civil-affairs", "caseworker", County);
        var seed = Path.Combine(ServiceProcess.RepoRoot, "infra", "local", "seed");
        foreach (var village in JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(seed, "villages.json"))).RootElement.EnumerateArray())
            (await api.PostAsJsonAsync("/api/registry/villages", village)).EnsureSuccessStatusCode();
        foreach (var director in JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(seed, "directors.json"))).RootElement.EnumerateArray())
        {
            var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(director.GetRawText())!;
            body.Remove("training");
            (await api.PostAsJsonAsync("/api/registry/directors", body)).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _platform.DisposeAsync();
    }
}

/// <summary>One platform and one browser for every browser test: they share them and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}

/// <summary>Debian's Chromium, launched by path (Playwright's own browsers cannot be downloaded here).</summary>
public static class Chromium
{
    /// <summary><c>CP_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c> (installed by infra/platform.sh test).</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Chromium refuses to run as root inside its sandbox.</summary>
    public static string[] LaunchArguments => Environment.UserName == "root" ? ["--no-sandbox"] : [];
}
