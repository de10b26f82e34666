using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChildProtection.Gateway.DevTokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChildProtection.Gateway.Tests.Support;

/// <summary>The real gateway (its Program) on real Kestrel ports: an HTTP listener and an HTTP/2 gRPC listener.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string SigningKey = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";

    private readonly Factory factory;

    private GatewayHost(Factory factory, int httpPort, int grpcPort)
    {
        this.factory = factory;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        Grpc = new HttpClient
        {
            BaseAddress = new Uri($"http://127.0.0.1:{grpcPort}"),
            DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    /// <summary>A client of the HTTP listener.</summary>
    public HttpClient Http { get; }

    /// <summary>An h2c client of the gRPC listener.</summary>
    public HttpClient Grpc { get; }

    /// <summary>The gateway's services, e.g. its endpoints and authorization matrix.</summary>
    public IServiceProvider Services => factory.Services;

    public static Dictionary<string, string?> AuthSettings() => new()
    {
        ["Auth:Mode"] = "Development",
        ["Auth:SigningKey"] = SigningKey,
        ["Auth:Issuer"] = "childprotection-dev",
        ["Auth:Audience"] = "childprotection",
    };

    /// <summary>Starts a gateway routing <c>registry</c> to <paramref name="backend"/>; <paramref name="settings"/> override the defaults.</summary>
    public static GatewayHost Start(FakeBackend? backend, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        var httpPort = Ports.Free();
        var grpcPort = Ports.Free();
        var all = AuthSettings();
        // On where it may be (a gateway refuses to start with it on anywhere else); tests override either way.
        all["Auth:DevTokens:Enabled"] = environment == "Development" ? "true" : "false";
        all["Kestrel:Endpoints:Http:Url"] = $"http://127.0.0.1:{httpPort}";
        all["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}";
        all["Kestrel:Endpoints:Grpc:Protocols"] = "Http2";
        all["OTEL_SERVICE_NAME"] = "gateway";
        all["Logging:LogLevel:Default"] = "Warning";
        if (backend is not null)
        {
            all["Services:registry:Http"] = backend.HttpUrl;
            all["Services:registry:Grpc"] = backend.GrpcUrl;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new Factory(all, environment);
        factory.UseKestrel();
        factory.StartServer();
        return new GatewayHost(factory, httpPort, grpcPort);
    }

    /// <summary>A token from the gateway's own development issuer.</summary>
    public async Task<string> TokenAsync(
        string user = "u-1", string department = "civil-affairs", string role = "caseworker", string region = "120116")
    {
        var response = await Http.PostAsJsonAsync(DevTokenEndpoints.Path, new { user, department, role, region });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DevTokenResponse>())!.Token;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null, string? correlationId = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (correlationId is not null)
        {
            request.Headers.Add("X-Correlation-Id", correlationId);
        }
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Grpc.Dispose();
        await factory.DisposeAsync();
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings, string environment) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
