using System.Globalization;
using System.Net.Http.Headers;
using ChildProtection.Court.Deadlines;
using ChildProtection.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Court.Tests;

/// <summary>The real Court service on its own fresh database and its own RabbitMQ virtual host.</summary>
public sealed class CourtFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "/";

    /// <summary>The service's clock; tests move it past decision clocks, validity and reply periods.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Today in China Standard Time, the date the service checks deadlines against.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("court_tests");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("court");
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Postgres", Database.ConnectionString);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        builder.UseSetting("RabbitMq:Username", "guest");
        builder.UseSetting("RabbitMq:Password", "guest");
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public HttpClient ClientAs(string department, string role, string region)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(department, role, region));
        return client;
    }

    public HttpClient Judge(string region = "120116") => ClientAs("court", "judge", region);

    public HttpClient Clerk(string region = "120116") => ClientAs("court", "court-clerk", region);

    public HttpClient CivilAffairs(string region = "120116") => ClientAs("civil-affairs", "caseworker", region);

    /// <summary>Runs the deadline scan now (waiting while the background scan holds the lock); returns how many deadlines passed.</summary>
    public async Task<int> ScanDeadlinesAsync()
    {
        var scanner = Services.GetRequiredService<DeadlineScanner>();
        for (var i = 0; i < 50; i++)
        {
            if (await scanner.RunAsync(CancellationToken.None) is { } emitted) return emitted;
            await Task.Delay(100);
        }
        throw new TimeoutException("The deadline scanner stayed locked.");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
