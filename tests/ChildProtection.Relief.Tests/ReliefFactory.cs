using System.Globalization;
using System.Net.Http.Headers;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Relief.Tests;

/// <summary>The real Relief service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class ReliefFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "/";

    /// <summary>The service's clock; tests move it past due dates.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Today in China Standard Time by the service's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("relief_tests");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("relief");
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Postgres", Database.ConnectionString);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:Username", "guest");
        builder.UseSetting("RabbitMq:Password", "guest");
        builder.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Relief:DailyScan:IntervalMinutes", "1440");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Publishes a registry event on the service's own bus, as the registry would.</summary>
    public Task PublishAsync<T>(T message) where T : class => Services.GetRequiredService<IBus>().Publish(message);

    public HttpClient ClientAs(string department, string role, string region, string user = "test-user")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(department, role, region, user));
        return client;
    }

    public HttpClient Officer(string region, string user = "relief-officer") => ClientAs("civil-affairs", "relief-officer", region, user);

    public HttpClient Caseworker(string region) => ClientAs("civil-affairs", "caseworker", region);

    public HttpClient Operator() => ClientAs("platform", "operator", "*");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
