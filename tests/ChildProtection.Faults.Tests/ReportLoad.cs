using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace ChildProtection.Faults.Tests;

/// <summary>How a report was refused: the status, the content type, the Retry-After and the body.</summary>
internal sealed record Refusal(HttpStatusCode Status, string? MediaType, TimeSpan? RetryAfter, string Body);

/// <summary>
/// A steady load while a server is restarted: a school files a report every 100 ms (round robin over the children) until
/// stopped, keeping what was acknowledged, what was refused and how, what never got an answer, and the slowest answer.
/// </summary>
internal sealed class ReportLoad
{
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private int _unreachable;

    public ConcurrentBag<Guid> Acknowledged { get; } = [];
    public ConcurrentBag<Refusal> Refusals { get; } = [];

    /// <summary>Requests that ended without an HTTP answer (connection refused or reset).</summary>
    public int Unreachable => _unreachable;

    public TimeSpan Slowest { get; private set; }

    public static ReportLoad Start(HttpClient teacher, IReadOnlyList<Guid> children)
    {
        var load = new ReportLoad();
        load._running = Task.Run(() => load.RunAsync(teacher, children));
        return load;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    private async Task RunAsync(HttpClient teacher, IReadOnlyList<Guid> children)
    {
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var filed = await SchoolReports.FileAsync(teacher, children[n % children.Count]);
                var body = await filed.Content.ReadAsStringAsync();
                if (filed.IsSuccessStatusCode) Acknowledged.Add(SchoolReports.ReportId(body));
                else Refusals.Add(new Refusal(filed.StatusCode, filed.Content.Headers.ContentType?.MediaType, filed.Headers.RetryAfter?.Delta, body));
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _unreachable);
            }
            if (clock.Elapsed > Slowest) Slowest = clock.Elapsed;
            await Task.Delay(100);
        }
    }
}
