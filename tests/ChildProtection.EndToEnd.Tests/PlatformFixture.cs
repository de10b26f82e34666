using ChildProtection.EndToEnd.Tests.Telemetry;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>The gateway and every domain service as real processes on a fresh database, with the development issuer on.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private PlatformProcesses _platform = null!;

    public TestDatabase Database => _platform.Database;
    public ServiceProcess Gateway => _platform.Gateway;
    public int GatewayGrpcPort => _platform.GatewayGrpcPort;

    /// <summary>The RabbitMQ virtual host of this fixture's services.</summary>
    public string VirtualHost => _platform.VirtualHost;

    /// <summary>Where every process exports its traces (OTLP over HTTP), for tests that follow one trace.</summary>
    public OtlpReceiver Telemetry { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Telemetry = await OtlpReceiver.StartAsync();
        _platform = await PlatformProcesses.StartAsync("e2e", new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Export spans within a fraction of a second rather than the default 5 s.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
    }

    /// <summary>A started domain service by name (e.g. <c>registry</c>), to read its log or restart it.</summary>
    public ServiceProcess Service(string name) => _platform.Service(name);

    /// <summary>A client of the gateway holding a development token for the given caller.</summary>
    public Task<HttpClient> ClientAsync(string department, string role, string region) => _platform.ClientAsync(department, role, region);

    /// <summary>A token from the gateway's development issuer.</summary>
    public Task<string> TokenAsync(string department, string role, string region) => _platform.TokenAsync(department, role, region);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await Telemetry.DisposeAsync();
    }
}

/// <summary>One platform (every service and the gateway) for all end-to-end tests: they share it and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
