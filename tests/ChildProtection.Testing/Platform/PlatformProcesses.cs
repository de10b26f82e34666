using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChildProtection.Testing;

/// <summary>
/// The gateway and every domain service as real processes (their built DLLs) on a fresh database and RabbitMQ virtual
/// host, with the development issuer on, as <c>infra/platform.sh up</c> runs them. Used by the end-to-end tests and the
/// end-to-end benchmarks.
/// </summary>
public sealed class PlatformProcesses : IAsyncDisposable
{
    private readonly List<ServiceProcess> _processes = [];
    private readonly Dictionary<string, ServiceProcess> _started = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Dir, string Assembly, int Http, int Grpc, Dictionary<string, string> Env)> _how = new(StringComparer.Ordinal);

    private PlatformProcesses(TestDatabase database, string virtualHost)
    {
        Database = database;
        VirtualHost = virtualHost;
    }

    public TestDatabase Database { get; }

    /// <summary>The RabbitMQ virtual host of these processes.</summary>
    public string VirtualHost { get; }

    public ServiceProcess Gateway { get; private set; } = null!;

    /// <summary>The web console (gateway/ChildProtection.Web), when started with <c>withWebConsole</c>; served through the gateway.</summary>
    public ServiceProcess? Web { get; private set; }

    public int GatewayGrpcPort { get; private set; }

    /// <summary>Every started process, the gateway last (after it the web console, when started).</summary>
    public IReadOnlyList<ServiceProcess> Processes => _processes;

    /// <summary>The domain services (name, folder under services/, assembly), as in infra/local/services.sh.</summary>
    public static readonly (string Name, string Folder, string Assembly)[] Services =
    [
        ("registry", "Registry", "ChildProtection.Registry"),
        ("visits", "Visits", "ChildProtection.Visits"),
        ("reporting", "Reporting", "ChildProtection.Reporting"),
        ("police", "Police", "ChildProtection.Police"),
        ("procuratorate", "Procuratorate", "ChildProtection.Procuratorate"),
        ("court", "Court", "ChildProtection.Court"),
        ("relief", "Relief", "ChildProtection.Relief"),
    ];

    /// <summary>
    /// Starts every service whose project exists, then the gateway, each waiting for readiness.
    /// <paramref name="environment"/> is added to every process's environment (e.g. OTLP settings);
    /// <paramref name="gatewayEnvironment"/> to the gateway's only (e.g. raised rate limits for a benchmark).
    /// With <paramref name="withWebConsole"/> the web console starts too, served by the gateway at its root (<c>Web:Http</c>)
    /// and calling the gateway back with each user's token, with its development sign-in page, as <c>infra/platform.sh up</c> runs it.
    /// </summary>
    public static async Task<PlatformProcesses> StartAsync(string name, IReadOnlyDictionary<string, string>? environment = null,
        IReadOnlyDictionary<string, string>? gatewayEnvironment = null, bool withWebConsole = false)
    {
        var platform = new PlatformProcesses(await TestDatabase.CreateAsync(name), await LocalServers.CreateVirtualHostAsync(name));
        try
        {
            await platform.StartProcessesAsync(environment, gatewayEnvironment, withWebConsole);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessesAsync(IReadOnlyDictionary<string, string>? environment, IReadOnlyDictionary<string, string>? gatewayEnvironment,
        bool withWebConsole)
    {
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
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) common[key] = value;

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

        var gateway = new Dictionary<string, string>(common) { ["Auth__DevTokens__Enabled"] = "true" };
        foreach (var (key, value) in gatewayEnvironment ?? new Dictionary<string, string>()) gateway[key] = value;
        GatewayGrpcPort = ServiceProcess.FreePort();
        var gatewayPort = ServiceProcess.FreePort();
        var webPort = withWebConsole ? ServiceProcess.FreePort() : 0;
        if (withWebConsole) gateway["Web__Http"] = $"http://127.0.0.1:{webPort}";
        Gateway = await Start("gateway", "gateway/ChildProtection.Gateway", "ChildProtection.Gateway", gatewayPort, GatewayGrpcPort, gateway);
        if (withWebConsole)
        {
            // No database, no broker: the console calls the gateway with each user's own token (infra/local/services.sh, web_env).
            var web = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["OTEL_SERVICE_NAME"] = "web",
                ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{webPort}",
                ["Gateway__Http"] = Gateway.BaseAddress.ToString(),
                ["Auth__Mode"] = "Development",
                ["Auth__DevTokens__Enabled"] = "true",
            };
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
                if (key.StartsWith("OTEL_", StringComparison.Ordinal)) web[key] = value;
            Web = await ServiceProcess.StartAsync("web", "gateway/ChildProtection.Web", "ChildProtection.Web", web, webPort);
            _processes.Add(Web);
        }
    }

    /// <summary>A started domain service by name (e.g. <c>registry</c>), to read its log or restart it.</summary>
    public ServiceProcess Service(string name) => _started[name];

    /// <summary>Starts a domain service again on its ports and settings (after <see cref="ServiceProcess.Kill"/>, or killing it first).</summary>
    public async Task<ServiceProcess> RestartAsync(string name)
    {
        var old = _started[name];
        await old.DisposeAsync();
        _processes.Remove(old);
        var (dir, assembly, http, grpc, env) = _how[name];
        return _started[name] = await Start(name, dir, assembly, http, grpc, env);
    }

    /// <summary>
    /// A second instance of a started domain service: the same settings (database, virtual host, the others'
    /// addresses) on ports of its own, as one more replica behind a load balancer would run. Not known to the gateway;
    /// stopped with the platform.
    /// </summary>
    public async Task<ServiceProcess> StartReplicaAsync(string name)
    {
        var (dir, assembly, _, _, env) = _how[name];
        var http = ServiceProcess.FreePort();
        var grpc = ServiceProcess.FreePort();
        var process = await ServiceProcess.StartAsync($"{name}-replica", dir, assembly, Settings(name, http, grpc, env), http);
        _processes.Add(process);
        return process;
    }

    private async Task<ServiceProcess> Start(string name, string dir, string assembly, int http, int grpc, Dictionary<string, string> env)
    {
        _how[name] = (dir, assembly, http, grpc, env);
        var process = await ServiceProcess.StartAsync(name, dir, assembly, Settings(name, http, grpc, env), http);
        _processes.Add(process);
        return process;
    }

    private static Dictionary<string, string> Settings(string name, int http, int grpc, Dictionary<string, string> env) =>
        new(env)
        {
            ["OTEL_SERVICE_NAME"] = name,
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}",
            ["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpc}",
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
        };

    /// <summary>A client of <paramref name="baseAddress"/> (the gateway by default) holding a development token for the caller.</summary>
    public async Task<HttpClient> ClientAsync(string department, string role, string region, Uri? baseAddress = null, string? user = null,
        HttpMessageHandler? handler = null)
    {
        var client = (handler is null ? new HttpClient() : new HttpClient(handler));
        client.BaseAddress = baseAddress ?? Gateway.BaseAddress;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(department, role, region, user));
        return client;
    }

    /// <summary>A token from the gateway's development issuer.</summary>
    public async Task<string> TokenAsync(string department, string role, string region, string? user = null)
    {
        using var client = new HttpClient { BaseAddress = Gateway.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/dev/token", new { user = user ?? $"{role}-{region}", department, role, region });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _processes) await p.DisposeAsync();
        await Database.DisposeAsync();
        await LocalServers.DeleteVirtualHostAsync(VirtualHost);
    }
}
