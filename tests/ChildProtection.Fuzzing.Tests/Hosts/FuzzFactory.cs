using ChildProtection.Testing;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace ChildProtection.Fuzzing.Tests.Hosts;

/// <summary>
/// A service on its own fresh database and virtual host, as its own test project starts it. Background scans are
/// slowed to once a day so that nothing but the fuzzed requests could change a row while the run is watched.
/// </summary>
public abstract class FuzzFactory<TProgram>(string databasePrefix, string virtualHostPrefix)
    : ServiceFactory<TProgram>(databasePrefix, virtualHostPrefix), IFuzzHost where TProgram : class
{
    public string ConnectionString => Database.ConnectionString;

    public Task StartAsync() => ((IAsyncLifetime)this).InitializeAsync();

    HttpClient IFuzzHost.ClientAs(string department, string role, string region) => ClientAs(department, role, region, "fuzzer");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Thousands of rejected requests each log a line at Information; errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        ConfigureService(builder);
    }

    /// <summary>What the service's own test factory sets, minus what only its tests use.</summary>
    protected virtual void ConfigureService(IWebHostBuilder builder)
    {
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await ((IAsyncLifetime)this).DisposeAsync();
}
