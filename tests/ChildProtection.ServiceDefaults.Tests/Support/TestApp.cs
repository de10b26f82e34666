using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace ChildProtection.ServiceDefaults.Tests.Support;

/// <summary>A minimal app with the service defaults, hosted in memory.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static Dictionary<string, string?> BaseSettings() => new()
    {
        ["Auth:Mode"] = "Development",
        ["Auth:SigningKey"] = TestTokens.SigningKey,
        ["Auth:Issuer"] = TestTokens.Issuer,
        ["Auth:Audience"] = TestTokens.Audience,
        ["OTEL_SERVICE_NAME"] = "servicedefaults-tests",
        ["Logging:LogLevel:Default"] = "Warning",
        [AuthorizationMatrixExtensions.PathSetting] = Path.Combine(AppContext.BaseDirectory, AuthorizationMatrixExtensions.DefaultFileName),
    };

    /// <summary>Builds, maps and starts the app; <paramref name="settings"/> override <see cref="BaseSettings"/>.</summary>
    public static async Task<TestApp> StartAsync(
        Action<WebApplication> map,
        Action<WebApplicationBuilder>? configure = null,
        IDictionary<string, string?>? settings = null,
        string environment = "Development")
    {
        var app = Build(configure, settings, environment);
        app.MapDefaultEndpoints();
        map(app);
        await app.StartAsync();
        return new TestApp(app);
    }

    public static WebApplication Build(
        Action<WebApplicationBuilder>? configure = null,
        IDictionary<string, string?>? settings = null,
        string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        var merged = BaseSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(merged);
        builder.AddServiceDefaults();
        configure?.Invoke(builder);
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
