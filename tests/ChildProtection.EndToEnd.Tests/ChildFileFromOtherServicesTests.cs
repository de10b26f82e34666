using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Contracts.ChildFile;
using ChildProtection.Contracts.Registry.V1;
using ChildProtection.Grpc;
using ChildProtection.Testing;
using MassTransit;

namespace ChildProtection.EndToEnd.Tests;

/// <summary>A contract of a service the registry has never heard of: it only implements the child-file interface.</summary>
public sealed record GuardianAdmonishedForTest(Guid ChildId, DateTimeOffset OccurredAt, string FileSource, string FileSummary) : IChildFileEvent;

/// <summary>One child, one file: another service's integration event lands on the child's timeline, over real RabbitMQ.</summary>
[Collection(PlatformCollection.Name)]
public class ChildFileFromOtherServicesTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_event_published_by_another_service_appears_in_the_childs_file_through_the_gateway_and_over_grpc()
    {
        var caseworker = await platform.ClientAsync("civil-affairs", "caseworker", "120116");
        var created = await caseworker.PostAsJsonAsync("/api/registry/children",
            new { name = "赵一一", gender = "male", birthDate = "2014-02-03", regionCode = "120116100201", household = "rural" });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, platform.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync();
        try
        {
            await bus.Publish(new GuardianAdmonishedForTest(id, new DateTimeOffset(2025, 5, 6, 9, 0, 0, TimeSpan.Zero), "police",
                "Guardian admonished by the police (训诫)"));
        }
        finally
        {
            await bus.StopAsync();
        }

        JsonElement entry = default;
        await Eventually.TrueAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/children/{id}/file");
            request.Headers.Add("X-Access-Purpose", "end-to-end test");
            var file = JsonDocument.Parse(await (await caseworker.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
            var found = file.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("source").GetString() == "police").ToList();
            if (found.Count == 1) entry = found[0];
            return found.Count == 1;
        }, TimeSpan.FromSeconds(30), "the police event should reach the child's file");

        Assert.Equal("Guardian admonished by the police (训诫)", entry.GetProperty("summary").GetString());
        Assert.Contains("GuardianAdmonishedForTest", entry.GetProperty("type").GetString(), StringComparison.Ordinal);

        // Filed in time order: the police event happened before the child was registered in the registry today.
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{platform.GatewayGrpcPort}") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", await platform.TokenAsync("police", "officer", "120116"));
        var entries = new List<TimelineEntry>();
        await foreach (var e in new GrpcChannel(http).ServerStreamingAsync<StreamChildFileRequest, TimelineEntry>(
                           "/registry.v1.ChildDirectory/StreamChildFile", new StreamChildFileRequest { ChildId = id.ToString() }))
            entries.Add(e);
        Assert.Equal(["police", "registry"], entries.Select(e => e.Service).ToArray());
    }
}
