using System.Net;
using System.Text.Json;
using ChildProtection.Contracts.Visits;
using ChildProtection.Registry.ChildFile;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Registry.Tests.ChildFile;

/// <summary>
/// The child's timeline is an async projection of the registry's own events and of what other services file: filed once
/// per message, on a stream of its own (the child's ETag does not move), and rebuilt from the log to the same entries.
/// </summary>
public class ChildFileTimelineTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private const string Village = "120116100201";
    private readonly HttpClient _caseworker = registry.Caseworker("120116");

    private IBus Bus => registry.Services.GetRequiredService<IBus>();

    private static VisitRecorded Visit(Guid childId, string mode) =>
        new(Guid.NewGuid(), childId, Village, null, "contact", mode, [], DateTimeOffset.UtcNow.AddMinutes(-5));

    private static List<string> Timeline(JsonElement file) => [.. file.GetProperty("entries").EnumerateArray().Select(e =>
        $"{e.GetProperty("occurredAt").GetDateTimeOffset():O}|{e.GetProperty("source").GetString()}|{e.GetProperty("type").GetString()}|"
        + $"{e.GetProperty("summary").GetString()}|{(e.TryGetProperty("recordedBy", out var by) ? by.ToString() : "")}")];

    private async Task<JsonElement> FileWithAsync(Guid id, Func<JsonElement, bool> ready, string because)
    {
        var file = default(JsonElement);
        await Eventually.TrueAsync(async () => ready(file = await _caseworker.FileAsync(id)), TimeSpan.FromSeconds(30), because);
        return file;
    }

    private static int Filed(JsonElement file, string summary) =>
        file.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("summary").GetString() == summary);

    [Fact]
    public async Task A_redelivered_child_file_event_is_filed_once_on_the_timeline_stream_and_the_childs_etag_does_not_move()
    {
        var (id, etag) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("赵"), "2016-05-05", Village));
        var visit = Visit(id, "video");
        var messageId = Guid.NewGuid();

        await Bus.Publish(visit, c => c.MessageId = messageId);
        await FileWithAsync(id, f => Filed(f, "Contact (video) recorded") == 1, "the visit is filed");
        await Bus.Publish(visit, c => c.MessageId = messageId);
        await Task.Delay(2000);

        var file = await _caseworker.FileAsync(id);
        Assert.Equal(1, Filed(file, "Contact (video) recorded"));
        var entry = file.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("source").GetString() == "visits");
        Assert.Equal(visit.OccurredAt.ToUniversalTime(), entry.GetProperty("occurredAt").GetDateTimeOffset().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await registry.Database.ScalarAsync(
            $"SELECT count(*) FROM registry.mt_events WHERE stream_id = '{ChildTimeline.StreamId(id)}' AND type = 'registry.child-file-entry-received.v1'"));
        Assert.Equal(1, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.child_file WHERE entry_id = '{messageId}'"));
        Assert.Equal(etag, (await _caseworker.GetAsync($"/api/registry/children/{id}")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task An_event_about_a_child_unknown_to_the_registry_is_not_filed()
    {
        var stranger = Guid.NewGuid();
        await Bus.Publish(Visit(stranger, "phone"));
        var (id, _) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("钱"), "2016-06-06", Village));
        await Bus.Publish(Visit(id, "phone"));
        await FileWithAsync(id, f => Filed(f, "Contact (phone) recorded") == 1, "the known child's visit is filed");

        Assert.Equal(0, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.child_file WHERE child_id = '{stranger}'"));
        Assert.Equal(0, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.mt_streams WHERE id = '{ChildTimeline.StreamId(stranger)}'"));
    }

    [Fact]
    public async Task An_operator_rebuilds_the_timeline_from_the_log_to_the_same_entries_in_the_same_order()
    {
        var (id, etag) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("孙"), "2015-09-09", Village));
        (etag, _) = await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/father",
            new { situation = "working-away", since = "2023-01-01" }, etag);
        await Bus.Publish(Visit(id, "in-person"));
        await FileWithAsync(id, f => Filed(f, "Contact (in-person) recorded") == 1, "the visit is filed");
        await _caseworker.ChangeAsync(HttpMethod.Put, $"/api/registry/children/{id}/parents/mother",
            new { situation = "working-away", since = "2023-02-01" }, etag);
        var before = Timeline(await _caseworker.CaughtUpFileAsync(id));
        Assert.Contains(before, e => e.Contains("|visits|", StringComparison.Ordinal));
        Assert.Contains(before, e => e.Contains("|Category rural-left-behind since", StringComparison.Ordinal));

        var op = registry.Operator();
        Assert.Equal(HttpStatusCode.Forbidden, (await _caseworker.PostAsync($"/api/registry/operations/projections/{ChildFileProjection.ProjectionName}/rebuild", null)).StatusCode);
        HttpResponseMessage rebuild = null!;
        // The daemon takes the projection's leadership shortly after start; until then another instance "may" run it (409).
        await Eventually.TrueAsync(async () => (rebuild = await op.PostAsync($"/api/registry/operations/projections/{ChildFileProjection.ProjectionName}/rebuild", null))
            .StatusCode != HttpStatusCode.Conflict, TimeSpan.FromSeconds(30), "the daemon runs the timeline");
        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        await Eventually.TrueAsync(async () =>
        {
            var status = JsonDocument.Parse(await (await op.GetAsync("/api/registry/operations/projections")).Content.ReadAsStringAsync()).RootElement;
            var timeline = status.EnumerateArray().FirstOrDefault(p => p.GetProperty("name").GetString() == ChildFileProjection.ProjectionName);
            return timeline.ValueKind == JsonValueKind.Object && timeline.TryGetProperty("lastRebuild", out var last)
                && last.ValueKind == JsonValueKind.Object && last.GetProperty("state").GetString() == "completed";
        }, TimeSpan.FromSeconds(60), "the rebuild completes");

        Assert.Equal(before, Timeline(await _caseworker.FileAsync(id)));
    }
}
