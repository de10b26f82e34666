using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ChildProtection.Testing;

/// <summary>
/// A real service under test on its own fresh database and its own RabbitMQ virtual host (so one test class's
/// consumers never take a message meant for another class's database), with a <see cref="TestClock"/> as its
/// <see cref="TimeProvider"/> and development tokens for any caller. Each service's factory adds only what is its own.
/// </summary>
public abstract class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    private readonly string _databasePrefix;
    private readonly string _virtualHostPrefix;

    /// <param name="databasePrefix">Prefix of the fresh database's name, e.g. <c>registry_tests</c>.</param>
    /// <param name="virtualHostPrefix">Prefix of the RabbitMQ virtual host's name, e.g. <c>registry</c>.</param>
    /// <param name="clockStart">Where the test clock starts; now unless told.</param>
    protected ServiceFactory(string databasePrefix, string virtualHostPrefix, DateTimeOffset? clockStart = null)
    {
        _databasePrefix = databasePrefix;
        _virtualHostPrefix = virtualHostPrefix;
        Clock = new TestClock(clockStart ?? DateTimeOffset.UtcNow);
    }

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The RabbitMQ virtual host of this factory.</summary>
    public string VirtualHost { get; private set; } = "/";

    /// <summary>The service's clock; tests move it past deadlines, due dates and birthdays.</summary>
    public TestClock Clock { get; }

    /// <summary>Today in China Standard Time by the service's clock, the date the service checks input and deadlines against.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(_databasePrefix);
        VirtualHost = await LocalServers.CreateVirtualHostAsync(_virtualHostPrefix);
        await BeforeServiceStartsAsync();
        _ = Server; // start the host now: its schema exists before any test looks at the database
        await AfterServiceStartedAsync();
    }

    /// <summary>Runs once the database and virtual host exist, before the service starts.</summary>
    protected virtual Task BeforeServiceStartsAsync() => Task.CompletedTask;

    /// <summary>Runs once the service has started.</summary>
    protected virtual Task AfterServiceStartedAsync() => Task.CompletedTask;

    /// <summary>Runs first on disposal, while the service still runs.</summary>
    protected virtual Task BeforeServiceStopsAsync() => Task.CompletedTask;

    /// <summary>The settings every service takes in tests; override, call the base, and add the service's own.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Postgres", Database.AppConnectionString);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:Username", "guest");
        builder.UseSetting("RabbitMq:Password", "guest");
        builder.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client with a development token for the caller.</summary>
    public HttpClient ClientAs(string department, string role, string region, string user = "test-user")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(department, role, region, user));
        return client;
    }

    /// <summary>A platform operator (all regions).</summary>
    public virtual HttpClient Operator() => ClientAs("platform", "operator", "*");

    async Task IAsyncLifetime.DisposeAsync()
    {
        await BeforeServiceStopsAsync();
        await base.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
