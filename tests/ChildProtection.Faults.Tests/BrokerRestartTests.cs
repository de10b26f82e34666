using System.Diagnostics;
using ChildProtection.Testing;
using Xunit.Abstractions;

namespace ChildProtection.Faults.Tests;

/// <summary>
/// RabbitMQ stopped and started again under a steady load of mandatory reports filed at the gateway: every report
/// acknowledged with 2xx exists afterwards, and every report's integration event still reaches the Registry, which files
/// it in the child's file (the outbox keeps each event until the broker confirms it).
/// </summary>
public class BrokerRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reports_acknowledged_while_rabbitmq_restarts_are_kept_and_their_events_all_reach_the_registry()
    {
        await using var platform = await PlatformProcesses.StartAsync("broker");
        var children = await SchoolReports.RegisterChildrenAsync(platform);
        var teacher = await platform.ClientAsync("education", "teacher", "120116");

        var load = ReportLoad.Start(teacher, children);
        var acknowledged = load.Acknowledged;

        await Task.Delay(TimeSpan.FromSeconds(3));
        var beforeStop = acknowledged.Count;
        await LocalServers.StopRabbitAsync();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await LocalServers.StartRabbitAsync();
        }
        var restarted = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await load.StopAsync();
        var filedDuringOutage = acknowledged.Count - beforeStop;
        output.WriteLine($"reports acknowledged: {acknowledged.Count} ({beforeStop} before the stop), refused: {load.Refusals.Count + load.Unreachable}");

        var officer = await platform.ClientAsync("police", "officer", "120116");
        foreach (var id in acknowledged)
            Assert.True((await officer.GetAsync($"/api/reporting/reports/{id}")).IsSuccessStatusCode, $"acknowledged report {id} exists");

        var ids = string.Join(",", children.Select(c => $"'{c}'"));
        await Eventually.TrueAsync(async () => await platform.Database.ScalarAsync(
                $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({ids})") >= acknowledged.Count,
            TimeSpan.FromSeconds(120), "every report's event filed in the child's file after the restart");
        output.WriteLine($"recovery: every event consumed {restarted.Elapsed.TotalSeconds:0.0} s after RabbitMQ was started again (the load went on for the first 3 s)");
        Assert.Equal(acknowledged.Count, await platform.Database.ScalarAsync(
            $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({ids})"));
        Assert.True(filedDuringOutage > 0, "reports were filed while the broker was down or restarting");
    }
}
