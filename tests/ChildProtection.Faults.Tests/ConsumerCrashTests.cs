using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChildProtection.Contracts.Reporting;
using ChildProtection.Testing;
using MassTransit;
using Xunit.Abstractions;

namespace ChildProtection.Faults.Tests;

/// <summary>
/// A consumer service killed with SIGKILL in the middle of a stream of 1,000 cross-service messages: after its
/// restart every message's effect exists exactly once (the inbox and the case's append commit together; RabbitMQ
/// redelivers what was not acknowledged) and nothing went to <c>_error</c>. Its own platform, so the kill disturbs
/// no other test.
/// </summary>
public class ConsumerCrashTests(ITestOutputHelper output)
{
    private const int Messages = 1000;
    private const string Consumer = "police-case-from-report";

    [Fact]
    public async Task Police_killed_mid_stream_of_1000_accepted_reports_opens_each_case_exactly_once_after_restart()
    {
        await using var platform = await PlatformProcesses.StartAsync("faults");
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, platform.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync();
        var routings = Enumerable.Range(0, Messages).Select(_ => Guid.NewGuid()).ToList();
        // A steady stream (about 100 a second) that goes on while the consumer is dead: what it held unacknowledged
        // and what arrives meanwhile must both be handled after the restart.
        var publishing = Task.Run(async () =>
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var (routing, i) in routings.Select((r, i) => (r, i)))
            {
                await bus.Publish(new MandatoryReportAccepted(Guid.NewGuid(), routing, "police", null, "120116100207",
                    ["abandoned-or-without-care"], "normal", now.AddHours(-3), now, "officer-120116"));
                if (i % 10 == 9) await Task.Delay(100);
            }
        });
        try
        {
            await Eventually.TrueAsync(async () => await Cases(platform) >= 200, TimeSpan.FromSeconds(60), "the police consuming the stream");
            platform.Service("police").Kill();
            var atKill = await Cases(platform);
            output.WriteLine($"killed the police service (SIGKILL) after {atKill} of {Messages} cases");
            Assert.True(atKill < Messages, "the kill came mid-stream");
            await publishing;
        }
        finally
        {
            await bus.StopAsync();
        }

        await platform.RestartAsync("police");
        await Eventually.TrueAsync(async () => await Cases(platform) >= Messages, TimeSpan.FromSeconds(180), "every accepted report's case after the restart");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a duplicate would land now

        Assert.Equal(Messages, await Cases(platform));
        Assert.Equal(Messages, await platform.Database.ScalarAsync("SELECT count(DISTINCT routing_id) FROM police.cases"));
        Assert.Equal(Messages, await platform.Database.ScalarAsync(
            "SELECT count(*) FROM police.mt_events WHERE type = 'police.case-opened.v1'"));
        Assert.Equal(Messages, await platform.Database.ScalarAsync($"SELECT count(*) FROM police.mt_doc_inboxmark WHERE id LIKE '{Consumer}/%'"));
        Assert.Equal(0, await ErrorQueueDepth(platform.VirtualHost, Consumer + "_error"));
    }

    private static Task<long> Cases(PlatformProcesses platform) => platform.Database.ScalarAsync("SELECT count(*) FROM police.cases");

    /// <summary>Messages in an error queue (0 when MassTransit never created it).</summary>
    private static async Task<long> ErrorQueueDepth(string vhost, string queue)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{LocalServers.RabbitManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guest:guest")));
        var response = await http.GetAsync($"api/queues/{Uri.EscapeDataString(vhost)}/{queue}");
        if (response.StatusCode == HttpStatusCode.NotFound) return 0;
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("messages").GetInt64();
    }
}
