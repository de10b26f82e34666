using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>The gateway and every domain service as real processes on a fresh database, with the development issuer on.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly List<ServiceProcess> _processes = [];
    public TestDatabase Database { get; private set; } = null!;
    public ServiceProcess Gateway { get; private set; } = null!;
    private readonly Dictionary<string, ServiceProcess> _started = new(StringComparer.Ordinal);
    public int GatewayGrpcPort { get; private set; }

    /// <summary>The RabbitMQ virtual host of this fixture's services.</summary>
    public string VirtualHost { get; private set; } = "/";

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync("e2e");
        VirtualHost = await LocalServers.CreateVirtualHostAsync("e2e");
        var common = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Postgres"] = Database.AppConnectionString,
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = LocalServers.RabbitPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__Username"] = "guest",
            ["RabbitMq__Password"] = "guest",
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["Auth__Mode"] = "Development",
            ["Auth__SigningKey"] = TestTokens.SigningKey,
            ["Privacy__EncryptionKey"] = TestPrivacyKeys.EncryptionKey,
            ["Privacy__BlindIndexKey"] = TestPrivacyKeys.BlindIndexKey,
            ["Auth__Issuer"] = TestTokens.Issuer,
            ["Auth__Audience"] = TestTokens.Audience,
        };
        // Every domain service whose project exists, each knowing every other's addresses (as infra/local/services.sh does).
        var services = Services
            .Where(s => File.Exists(Path.Combine(ServiceProcess.RepoRoot, "services", s.Folder, s.Assembly + ".csproj")))
            .Select(s => (s.Name, s.Folder, s.Assembly, Http: ServiceProcess.FreePort(), Grpc: ServiceProcess.FreePort()))
            .ToList();
        foreach (var s in services)
        {
            common[$"Services__{s.Name}__Http"] = $"http://127.0.0.1:{s.Http}";
            common[$"Services__{s.Name}__Grpc"] = $"http://127.0.0.1:{s.Grpc}";
        }
        foreach (var s in services)
            _started[s.Name] = await Start(s.Name, $"services/{s.Folder}", s.Assembly, s.Http, s.Grpc, common);

        var gatewayHttp = ServiceProcess.FreePort();
        var gatewayGrpc = ServiceProcess.FreePort();
        GatewayGrpcPort = gatewayGrpc;
        Gateway = await Start("gateway", "gateway/ChildProtection.Gateway", "ChildProtection.Gateway", gatewayHttp, gatewayGrpc,
            new Dictionary<string, string>(common) { ["Auth__DevTokens__Enabled"] = "true" });
    }

    /// <summary>The domain services (name, folder under services/, assembly), as in infra/local/services.sh.</summary>
    private static readonly (string Name, string Folder, string Assembly)[] Services =
    [
        ("registry", "Registry", "ChildProtection.Registry"),
        ("visits", "Visits", "ChildProtection.Visits"),
        ("reporting", "Reporting", "ChildProtection.Reporting"),
        ("police", "Police", "ChildProtection.Police"),
        ("procuratorate", "Procuratorate", "ChildProtection.Procuratorate"),
        ("court", "Court", "ChildProtection.Court"),
        ("relief", "Relief", "ChildProtection.Relief"),
    ];

    /// <summary>A started domain service by name (e.g. <c>registry</c>), to read its log or restart it.</summary>
    public ServiceProcess Service(string name) => _started[name];

    private async Task<ServiceProcess> Start(string name, string dir, string assembly, int http, int grpc, Dictionary<string, string> env)
    {
        var process = await ServiceProcess.StartAsync(name, dir, assembly, new Dictionary<string, string>(env)
        {
            ["OTEL_SERVICE_NAME"] = name,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
        }, http);
        _processes.Add(process);
        return process;
    }

    /// <summary>A client of the gateway holding a development token for the given caller.</summary>
    public async Task<HttpClient> ClientAsync(string department, string role, string region)
    {
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/dev/token", new { user = $"{role}-{region}", department, role, region });
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A token from the gateway's development issuer.</summary>
    public async Task<string> TokenAsync(string department, string role, string region)
    {
        using var client = new HttpClient { BaseAddress = Gateway.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/dev/token", new { user = $"{role}-{region}", department, role, region });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _processes) await p.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}

/// <summary>One platform (every service and the gateway) for all end-to-end tests: they share it and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
