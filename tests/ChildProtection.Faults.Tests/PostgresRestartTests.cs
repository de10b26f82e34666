using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ChildProtection.Testing;
using Xunit.Abstractions;

namespace ChildProtection.Faults.Tests;

/// <summary>
/// PostgreSQL stopped (<c>pg_ctl stop -m fast</c>, open sessions ended) and started again under a steady load of
/// mandatory reports filed at the gateway: while it is down every request is answered promptly with a 503 problem
/// (no hang, no 500); afterwards every acknowledged report and its event exist, no stream of any service has a gap,
/// and every report's event still reaches the Registry's child file.
/// </summary>
public class PostgresRestartTests(ITestOutputHelper output)
{
    /// <summary>Longer than this is a hang: connections time out after 5 s (the services' connection strings).</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Requests_while_postgresql_restarts_get_503_problems_and_nothing_acknowledged_is_lost()
    {
        await using var platform = await PlatformProcesses.StartAsync("pgrestart");
        var children = await SchoolReports.RegisterChildrenAsync(platform);
        var teacher = await platform.ClientAsync("education", "teacher", "120116");
        teacher.Timeout = TimeSpan.FromSeconds(60);

        var load = ReportLoad.Start(teacher, children);
        var acknowledged = load.Acknowledged;

        await Task.Delay(TimeSpan.FromSeconds(3));
        var beforeStop = acknowledged.Count;
        await LocalServers.StopPostgresAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await LocalServers.StartPostgresAsync();
        }
        var restarted = Stopwatch.StartNew();
        var atRestart = acknowledged.Count;
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count > atRestart), TimeSpan.FromSeconds(60),
            "reports acknowledged again after PostgreSQL was started");
        var firstAcknowledgedAfter = restarted.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await load.StopAsync();
        var refusals = load.Refusals;
        output.WriteLine($"reports acknowledged: {acknowledged.Count} ({beforeStop} before the stop), refused: {refusals.Count} "
            + $"({string.Join(", ", refusals.GroupBy(r => (int)r.Status).Select(g => $"{g.Count()} × {g.Key}"))}); slowest answer {load.Slowest.TotalSeconds:0.0} s; "
            + $"first report acknowledged {firstAcknowledgedAfter.TotalSeconds:0.0} s after PostgreSQL was started again");

        Assert.Equal(0, load.Unreachable); // the gateway and the services answered throughout
        Assert.NotEmpty(refusals);
        foreach (var (status, mediaType, retryAfter, body) in refusals)
        {
            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"refused with {(int)status}, not 503: {body}");
            Assert.Equal("application/problem+json", mediaType);
            Assert.True(retryAfter > TimeSpan.Zero, $"the 503 says when to retry: {body}");
            Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("type", out _), "the 503 is a problem with a type");
        }
        Assert.True(load.Slowest < Prompt, $"the slowest answer took {load.Slowest.TotalSeconds:0.0} s");

        var officer = await platform.ClientAsync("police", "officer", "120116");
        foreach (var id in acknowledged)
            Assert.True((await officer.GetAsync($"/api/reporting/reports/{id}")).IsSuccessStatusCode, $"acknowledged report {id} exists");
        Assert.Equal(acknowledged.Count, await platform.Database.ScalarAsync(
            $"SELECT count(*) FROM reporting.mt_events WHERE type = 'reporting.report-filed.v1' AND stream_id IN ({Ids(acknowledged)})"));

        var childIds = Ids(children);
        await Eventually.TrueAsync(async () => await platform.Database.ScalarAsync(
                $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({childIds})") >= acknowledged.Count,
            TimeSpan.FromSeconds(120), "every report's event filed in the child's file after the restart");
        Assert.Equal(acknowledged.Count, await platform.Database.ScalarAsync(
            $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({childIds})"));

        foreach (var schema in PlatformProcesses.Services.Select(s => s.Name))
        {
            // Versions 1..n with no hole, and the stream row at the last one.
            Assert.Equal(0, await platform.Database.ScalarAsync($"""
                SELECT count(*) FROM (
                    SELECT e.stream_id, count(*) AS n, min(e.version) AS first, max(e.version) AS last, s.version AS head
                    FROM {schema}.mt_events e JOIN {schema}.mt_streams s ON s.id = e.stream_id
                    GROUP BY e.stream_id, s.version) v
                WHERE first <> 1 OR last <> n OR head <> last
                """));
        }
        foreach (var service in platform.Processes)
            Assert.False(service.HasExited, $"{service.Name} still runs after the restart");
    }

    private static string Ids(IEnumerable<Guid> ids) => string.Join(",", ids.Select(id => $"'{id}'"));
}
