using System.Globalization;
using System.Net.Http.Headers;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Visits.Tests;

/// <summary>The real Visits service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class VisitsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "/";

    /// <summary>The service's clock; tests move it past due dates.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Today in China Standard Time by the service's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("visits_tests");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("visits");
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
        builder.UseSetting("Visits:OverdueScan:IntervalMinutes", "1440");
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

    public HttpClient Director(string village) => ClientAs("civil-affairs", "child-director", village, "director-" + village);

    public HttpClient Caseworker(string region) => ClientAs("civil-affairs", "caseworker", region);

    public HttpClient Supervisor(string township) => ClientAs("civil-affairs", "supervisor", township);

    public HttpClient Operator() => ClientAs("platform", "operator", "*");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
