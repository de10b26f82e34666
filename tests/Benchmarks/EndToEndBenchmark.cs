using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;

namespace ChildProtection.Benchmarks;

/// <summary>
/// The platform as processes (every service and the gateway, their Release builds, a fresh database): mandatory reports
/// filed at the gateway per second and the latency from filing until the police can read the report in their inbox, at a
/// fixed offered load and at saturation; the gateway's overhead on the same read sent direct and through YARP; and
/// each process's resident memory after the load. The gateway's rate limits are raised for the run (they would
/// otherwise be what is measured).
/// </summary>
public static class EndToEndBenchmark
{
    private const string Village = "120116100207";

    public static async Task RunAsync(TimeSpan duration)
    {
        Console.WriteLine($"End-to-end benchmark: {Environment.ProcessorCount} cores, {duration.TotalSeconds:0} s per case; starting the platform…");
        await using var platform = await PlatformProcesses.StartAsync("bench", gatewayEnvironment: new Dictionary<string, string>
        {
            ["Gateway__RateLimits__PerUserPerMinute"] = "100000000",
            ["Gateway__RateLimits__PerIpPerMinute"] = "100000000",
        });
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var children = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            var response = await caseworker.PostAsJsonAsync("/api/registry/children", new
            {
                name = "童" + (char)(0x4E00 + i) + (char)(0x4E00 + Random.Shared.Next(0, 20000)), gender = i % 2 == 0 ? "female" : "male",
                birthDate = "2014-05-05", regionCode = Village, household = "rural",
            });
            response.EnsureSuccessStatusCode();
            children.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        }
        var teacher = await platform.ClientAsync("education", "teacher", "120116");
        var officer = await platform.ClientAsync("police", "officer", "120116");
        var filing = new Filing(teacher, officer, children);
        await filing.OnceAsync(); // warm up every hop

        Console.WriteLine();
        Console.WriteLine("Mandatory reports: filed at the gateway → readable by the police (GET the report through the gateway shows the police routing)");
        Console.WriteLine($"{"load",-28} {"reports/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
        foreach (var rate in new[] { 10, 40 })
            Print($"offered {rate}/s", await OpenLoop(filing, rate, duration));
        foreach (var callers in new[] { 8, 32 })
            Print($"saturation, {callers} callers", await ClosedLoop(callers, duration, filing.OnceAsync));

        var reportId = filing.LastReportId;
        var direct = await platform.ClientAsync("police", "officer", "120116", platform.Service("reporting").BaseAddress);
        Console.WriteLine();
        Console.WriteLine("Gateway overhead: GET /api/reporting/reports/{id} as a police officer, direct to Reporting vs through the gateway (YARP)");
        Console.WriteLine($"{"path",-28} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7}");
        async Task Read(HttpClient client) => (await client.GetAsync($"/api/reporting/reports/{reportId}")).EnsureSuccessStatusCode();
        // Warm both paths (JIT tiers, connection pools) before either is measured: whichever ran first would look slower.
        await ClosedLoop(4, TimeSpan.FromSeconds(2), () => Read(direct));
        await ClosedLoop(4, TimeSpan.FromSeconds(2), () => Read(officer));
        var directOne = await ClosedLoop(1, duration, () => Read(direct));
        var gatewayOne = await ClosedLoop(1, duration, () => Read(officer));
        var directMany = await ClosedLoop(16, duration, () => Read(direct));
        var gatewayMany = await ClosedLoop(16, duration, () => Read(officer));
        Print("direct, 1 caller", directOne);
        Print("gateway, 1 caller", gatewayOne);
        Print("direct, 16 callers", directMany);
        Print("gateway, 16 callers", gatewayMany);
        Console.WriteLine($"gateway/direct: 1 caller p50 {gatewayOne.P50 / directOne.P50:0.00}x, p99 {gatewayOne.P99 / directOne.P99:0.00}x; " +
                          $"16 callers throughput {gatewayMany.PerSecond / directMany.PerSecond:P0} of direct");

        Console.WriteLine();
        Console.WriteLine("Resident memory after the load (VmRSS)");
        foreach (var p in platform.Processes)
            Console.WriteLine($"{p.Name,-16} {(p.ResidentBytes() is { } rss ? $"{rss / 1048576.0:0} MiB" : "exited"),10}");
    }

    private static void Print(string label, Result r) =>
        Console.WriteLine($"{label,-28} {r.PerSecond,10:N1} {r.P50,8:0.0} {r.P99,8:0.0} {r.Errors,7}");

    private sealed record Result(double PerSecond, double P50, double P99, int Errors);

    /// <summary>Callers each sending the next request as soon as the last finished, for the duration.</summary>
    private static async Task<Result> ClosedLoop(int callers, TimeSpan duration, Func<Task> once)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
                await Timed(once, latencies, () => Interlocked.Increment(ref errors));
        })));
        return Summarize(latencies, errors, clock.Elapsed);
    }

    /// <summary>Requests started at a fixed rate whatever the answers' speed (latency includes any queueing at the platform).</summary>
    private static async Task<Result> OpenLoop(Filing filing, int perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            inFlight.Add(Timed(filing.OnceAsync, latencies, () => Interlocked.Increment(ref errors)));
        }
        await Task.WhenAll(inFlight);
        return Summarize(latencies, errors, clock.Elapsed);
    }

    private static async Task Timed(Func<Task> once, ConcurrentBag<double> latencies, Action error)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await once();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            error();
        }
    }

    private static Result Summarize(ConcurrentBag<double> latencies, int errors, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
        return new Result(sorted.Length / elapsed.TotalSeconds, At(0.50), At(0.99), errors);
    }

    /// <summary>One report: a school files it at the gateway, then the police read it until their routing shows.</summary>
    private sealed class Filing(HttpClient teacher, HttpClient officer, IReadOnlyList<Guid> children)
    {
        private int _next;
        public Guid LastReportId { get; private set; }

        public async Task OnceAsync()
        {
            var child = children[Interlocked.Increment(ref _next) % children.Count];
            var filed = await teacher.PostAsJsonAsync("/api/reporting/reports", new
            {
                reporter = new { unitType = "school", unitName = "滨海某小学", person = "李老师", contact = "13900000001" },
                channel = "web", child = new { childId = child }, situations = new[] { "abandoned-or-without-care" },
                observation = "Alone at home for a week.", observedAt = DateTimeOffset.UtcNow.AddHours(-2), urgency = "normal",
            });
            filed.EnsureSuccessStatusCode();
            var reportId = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("reportId").GetGuid();
            for (var attempt = 0; ; attempt++)
            {
                var read = await officer.GetAsync($"/api/reporting/reports/{reportId}");
                if (read.IsSuccessStatusCode && JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement
                        .GetProperty("routings").EnumerateArray().Any(r => r.GetProperty("department").GetString() == "police"))
                    break;
                if (attempt == 500) throw new InvalidOperationException("The report never reached the police inbox.");
                await Task.Delay(10);
            }
            LastReportId = reportId;
        }
    }
}
