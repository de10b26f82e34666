using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Testing;
using MassTransit;
using Xunit.Abstractions;

namespace ChildProtection.Faults.Tests;

/// <summary>
/// Two instances of Reporting on one database, as two replicas behind a load balancer: both take reports, exactly one
/// publishes the outbox; the publishing one is killed with SIGKILL and the other takes over within the event store's
/// lease interval. A queue of the test's own counts every delivery of <see cref="ReportFiled"/>: no message is
/// delivered twice while one publisher runs (only the batch the dead one had not confirmed may be sent again), and
/// the Registry's inbox turns every report into exactly one entry in the child's file.
/// </summary>
public class OutboxTakeoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Lease = EventSourcingExtensions.LeadershipPolling;

    [Fact]
    public async Task Two_reporting_instances_share_the_reports_one_publishes_and_the_other_takes_over_when_it_is_killed()
    {
        await using var platform = await PlatformProcesses.StartAsync("takeover");
        var instances = new[] { platform.Service("reporting"), await platform.StartReplicaAsync("reporting") };

        var deliveries = new ConcurrentQueue<(Guid MessageId, Guid ReportId, DateTime At)>();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, platform.VirtualHost, h =>
            {
                h.Username("guest");
                h.Password("guest");
            });
            cfg.ReceiveEndpoint("faults-report-filed-deliveries", e => e.Handler<ReportFiled>(ctx =>
            {
                deliveries.Enqueue((ctx.MessageId!.Value, ctx.Message.ReportId, DateTime.UtcNow));
                return Task.CompletedTask;
            }));
        });
        await bus.StartAsync();
        try
        {
            await Eventually.TrueAsync(async () => (await Leaders(platform, instances)).Count == 1, TimeSpan.FromSeconds(30), "one instance leading the outbox");
            var leader = (await Leaders(platform, instances)).Single();
            var standby = instances.Single(i => i != leader);
            output.WriteLine($"outbox leader: {leader.Name} on port {leader.HttpPort}; standby {standby.Name} on port {standby.HttpPort}");

            var children = await SchoolReports.RegisterChildrenAsync(platform);
            var teachers = new Dictionary<ServiceProcess, HttpClient>();
            foreach (var instance in instances)
                teachers[instance] = await platform.ClientAsync("education", "teacher", "120116", instance.BaseAddress);

            var acknowledged = new ConcurrentDictionary<Guid, ServiceProcess>();
            var killedAt = DateTime.MaxValue;
            using var stop = new CancellationTokenSource();
            var load = Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    // Round robin over the instances still running, as a load balancer whose health check dropped the dead one.
                    var alive = instances.Where(i => !i.HasExited).ToList();
                    var target = alive[n % alive.Count];
                    try
                    {
                        var filed = await SchoolReports.FileAsync(teachers[target], children[n % children.Count]);
                        if (filed.IsSuccessStatusCode)
                            acknowledged[SchoolReports.ReportId(await filed.Content.ReadAsStringAsync())] = target;
                    }
                    catch (HttpRequestException) when (target.HasExited || DateTime.UtcNow >= killedAt) { } // the killed one, mid-request
                    await Task.Delay(40);
                }
            });

            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Values.Distinct().Count() == 2 && acknowledged.Count >= 80),
                TimeSpan.FromSeconds(60), "reports taken by both instances");
            killedAt = DateTime.UtcNow;
            leader.Kill();
            var sinceKill = Stopwatch.StartNew();
            await Eventually.TrueAsync(async () => (await Leaders(platform, [standby])).Count == 1, TimeSpan.FromSeconds(30), "the standby leading the outbox");
            var takeover = sinceKill.Elapsed;
            var atTakeover = acknowledged.Count;
            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= atTakeover + 40), TimeSpan.FromSeconds(30), "reports taken after the takeover");
            await stop.CancelAsync();
            await load;

            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Keys.All(new HashSet<Guid>(deliveries.Select(d => d.ReportId)).Contains)),
                TimeSpan.FromSeconds(60), "every acknowledged report's ReportFiled delivered");
            await Task.Delay(TimeSpan.FromSeconds(2)); // a late duplicate would arrive now

            var byMessage = deliveries.GroupBy(d => d.MessageId).ToList();
            var duplicated = byMessage.Where(g => g.Count() > 1).ToList();
            var byInstance = acknowledged.GroupBy(a => a.Value.Name).Select(g => $"{g.Key} {g.Count()}");
            output.WriteLine($"reports acknowledged: {acknowledged.Count} ({string.Join(", ", byInstance)}); deliveries {deliveries.Count} of "
                + $"{byMessage.Count} messages, {duplicated.Count} delivered twice; takeover {takeover.TotalMilliseconds:0} ms after the kill (lease {Lease.TotalSeconds:0} s)");

            Assert.All(instances, i => Assert.Contains(acknowledged.Values, v => v == i));
            Assert.True(takeover <= Lease + TimeSpan.FromSeconds(1), $"takeover took {takeover.TotalMilliseconds:0} ms; lease {Lease.TotalSeconds:0} s");
            Assert.Equal(acknowledged.Count, byMessage.Count);
            // Only what the killed leader published without confirming its checkpoint may go out again: messages it
            // delivered in its last moments, never earlier ones (two publishers would double every message).
            Assert.All(duplicated, g => Assert.True(g.Min(d => d.At) >= killedAt - TimeSpan.FromSeconds(1),
                $"message {g.Key} first delivered {(killedAt - g.Min(d => d.At)).TotalSeconds:0.0} s before the kill was delivered again"));

            var childIds = string.Join(",", children.Select(c => $"'{c}'"));
            await Eventually.TrueAsync(async () => await platform.Database.ScalarAsync(
                    $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({childIds})") >= acknowledged.Count,
                TimeSpan.FromSeconds(60), "every report in the child's file");
            Assert.Equal(acknowledged.Count, await platform.Database.ScalarAsync(
                $"SELECT count(*) FROM registry.child_file WHERE source = 'reporting' AND child_id IN ({childIds})"));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>The instances (still running) that say they run the outbox subscription now, asked as an operator.</summary>
    private static async Task<List<ServiceProcess>> Leaders(PlatformProcesses platform, IEnumerable<ServiceProcess> instances)
    {
        var leaders = new List<ServiceProcess>();
        foreach (var instance in instances.Where(i => !i.HasExited))
        {
            var operations = await platform.ClientAsync("platform", "operator", "*", instance.BaseAddress);
            var response = await operations.GetAsync("/api/reporting/operations/projections");
            if (!response.IsSuccessStatusCode) continue;
            var shards = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray();
            if (shards.Any(s => s.GetProperty("name").GetString() == "outbox" && s.GetProperty("runningHere").GetBoolean())) leaders.Add(instance);
        }
        return leaders;
    }
}
