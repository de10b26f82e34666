using ChildProtection.EndToEnd.Tests.LogScrub;
using ChildProtection.EndToEnd.Tests.Telemetry;
using ChildProtection.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>
/// The gateway and every domain service as real processes on a fresh database, with the development issuer on.
/// When the suite ends it stops them and greps their logs for every name, ID number and phone the tests seeded.
/// </summary>
public sealed class PlatformFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private PlatformProcesses _platform = null!;

    /// <summary>The personal values the tests sent; JSON bodies through <see cref="ClientAsync"/> register theirs.</summary>
    public SensitiveValues Values { get; } = new();

    /// <summary>Registers a value a test seeds another way (a gRPC message), for the log scrub.</summary>
    public void Seeded(string kind, string value) => Values.Add(kind, value);

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

    /// <summary>A client of the gateway holding a development token for the given caller; what it sends is registered for the log scrub.</summary>
    public Task<HttpClient> ClientAsync(string department, string role, string region) =>
        _platform.ClientAsync(department, role, region, handler: new SeededValuesHandler(Values));

    /// <summary>A token from the gateway's development issuer.</summary>
    public Task<string> TokenAsync(string department, string role, string region) => _platform.TokenAsync(department, role, region);

    public async Task DisposeAsync()
    {
        var logs = _platform.Processes.Select(p => p.LogPath).ToList();
        await _platform.DisposeAsync();
        await Telemetry.DisposeAsync();
        ScrubLogs(logs);
    }

    // After the processes stopped, so every line they wrote is in the files.
    private void ScrubLogs(IEnumerable<string> logs)
    {
        var result = LogScanner.Scan(logs, Values.All);
        var results = Path.Combine(ServiceProcess.RepoRoot, ".local", "test-results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "log-scrub.txt"), result.Summary + Environment.NewLine);
        diagnostics.OnMessage(new DiagnosticMessage(result.Summary));
        Console.WriteLine(result.Summary);
        if (result.Hits.Count > 0)
            throw new InvalidOperationException("Service logs hold personal data the tests seeded — " + result.Summary);
    }
}

/// <summary>One platform (every service and the gateway) for all end-to-end tests: they share it and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
