using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChildProtection.Testing;

/// <summary>
/// One of the platform's built programs running as a real process, as <c>infra/platform.sh up</c> runs it.
/// Its output goes to a log file under <c>.local/test-logs</c> (the privacy test greps those logs).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, string name, string logPath, int httpPort)
    {
        _process = process;
        Name = name;
        LogPath = logPath;
        HttpPort = httpPort;
    }

    public string Name { get; }
    public string LogPath { get; }
    public int HttpPort { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>The repository root (the folder holding ChildProtection.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A TCP port that was free a moment ago, below the kernel's ephemeral range and never handed out before in this
    /// process. A port the kernel picked (port 0) would come from the ephemeral range, where the processes' own outgoing
    /// connections (to PostgreSQL, RabbitMQ, each other) take their local ports: one of them could hold it by the time the
    /// service binds it ("address already in use").
    /// </summary>
    public static int FreePort()
    {
        var below = EphemeralRangeStart();
        lock (HandedOut)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(below / 2, below);
                if (HandedOut.Contains(port)) continue;
                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                }
                catch (SocketException)
                {
                    continue;
                }
                HandedOut.Add(port);
                return port;
            }
        }
        throw new InvalidOperationException($"No free port found below {below}.");
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var first = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0];
            return int.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var port) && port > 2048 ? port : 32768;
        }
        catch (IOException)
        {
            return 32768;
        }
    }

    /// <summary>Starts <paramref name="projectDir"/>'s built DLL and waits for <c>/health/ready</c>.</summary>
    public static async Task<ServiceProcess> StartAsync(string name, string projectDir, string assemblyName,
        IReadOnlyDictionary<string, string> environment, int httpPort)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dir = Path.Combine(RepoRoot, projectDir);
        var dll = Path.Combine(dir, "bin", configuration, "net10.0", assemblyName + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{name} is not built", dll);
        var logDir = Path.Combine(RepoRoot, ".local", "test-logs");
        Directory.CreateDirectory(logDir);
        var logPath = Path.Combine(logDir, $"{name}-{httpPort}.log");

        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) psi.Environment[key] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"{name} did not start");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, name, logPath, httpPort);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with {process.ExitCode}; log: {logPath}\n{await ReadTail(logPath)}");
            try
            {
                if ((await http.GetAsync(new Uri(service.BaseAddress, "/health/ready"))).IsSuccessStatusCode) return service;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline)
            {
                await service.DisposeAsync();
                throw new TimeoutException($"{name} not ready within 60 s; log: {logPath}\n{await ReadTail(logPath)}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The resident set size of the process now (VmRSS from /proc), in bytes; null when it has exited.</summary>
    public long? ResidentBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Whether the process has ended (crashed, or was killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Ends the process abruptly, as a crash would (kill -9).</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }

    private static async Task<string> ReadTail(string path)
    {
        await Task.Delay(200);
        var lines = await File.ReadAllLinesAsync(path);
        return string.Join('\n', lines.TakeLast(40));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChildProtection.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ChildProtection.sln not found above the test binaries.");
    }
}
