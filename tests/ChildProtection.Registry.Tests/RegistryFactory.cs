using System.Globalization;
using System.Net.Http.Headers;
using ChildProtection.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Registry.Tests;

/// <summary>The real Registry service on its own fresh database and the real local RabbitMQ.</summary>
public sealed class RegistryFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The service's clock; tests move it to cross birthdays and deadlines.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Today where the caseworkers are (China Standard Time), the date the service checks input against.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// The RabbitMQ virtual host of this factory: each test class's registry has its own queues, so one class's
    /// consumer never takes a message meant for another class's database.
    /// </summary>
    public string VirtualHost { get; private set; } = "/";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("registry_tests");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("registry");
        _ = Server; // start the host now: its schema exists before any test looks at the database
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
        builder.UseSetting("Privacy:EncryptionKey", TestPrivacyKeys.EncryptionKey);
        builder.UseSetting("Privacy:BlindIndexKey", TestPrivacyKeys.BlindIndexKey);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient ClientAs(string department, string role, string region)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(department, role, region));
        return client;
    }

    public HttpClient Caseworker(string region = "120116") => ClientAs("civil-affairs", "caseworker", region);

    public HttpClient Operator() => ClientAs("platform", "operator", "*");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
