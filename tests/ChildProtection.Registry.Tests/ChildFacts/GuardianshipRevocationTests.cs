using System.Text.Json;
using ChildProtection.Contracts.Court;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.Registry.Tests.ChildFacts;

/// <summary>A court's judgment revoking guardianship changes the child's facts in the registry, once.</summary>
public class GuardianshipRevocationTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private readonly HttpClient _caseworker = registry.Caseworker("1502");

    private async Task<JsonElement> ChildAsync(Guid id) => await (await _caseworker.GetAsync($"/api/registry/children/{id}")).Json();

    private static GuardianshipRevocationJudged Judgment(Guid childId, bool revoked, string? newGuardian) => new(Guid.NewGuid(), Guid.NewGuid(), childId,
        "150203100100", revoked, revoked ? ["father", "mother"] : [], newGuardian, new DateOnly(2025, 9, 1), DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_revocation_naming_civil_affairs_records_both_parents_revoked_and_long_term_state_guardianship_once()
    {
        var (id, _) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("孙"), "2014-02-02", "150203100100"));
        var bus = registry.Services.GetRequiredService<IBus>();
        var judgment = Judgment(id, true, "civil-affairs");
        var messageId = Guid.NewGuid();
        await bus.Publish(judgment, c => c.MessageId = messageId);

        await Eventually.TrueAsync(async () => (await ChildAsync(id)).GetProperty("guardianship").GetProperty("status").GetString() == "long-term-state",
            TimeSpan.FromSeconds(30), "long-term state guardianship recorded");
        var child = await ChildAsync(id);
        Assert.Equal("guardianship-revoked", child.GetProperty("parents").GetProperty("father").GetProperty("kind").GetString());
        Assert.Equal("guardianship-revoked", child.GetProperty("parents").GetProperty("mother").GetProperty("kind").GetString());
        Assert.Equal("2025-09-01", child.GetProperty("guardianship").GetProperty("since").GetString());
        var version = await registry.Database.ScalarAsync($"SELECT max(version) FROM registry.mt_events WHERE stream_id = '{id}'");

        // The same message redelivered, and the same judgment under another message id: nothing new.
        await bus.Publish(judgment, c => c.MessageId = messageId);
        await bus.Publish(judgment);
        await Task.Delay(3000);
        Assert.Equal(version, await registry.Database.ScalarAsync($"SELECT max(version) FROM registry.mt_events WHERE stream_id = '{id}'"));
    }

    [Fact]
    public async Task A_petition_rejected_changes_nothing()
    {
        var (id, _) = await _caseworker.RegisterAsync(RegistryClient.Child(RegistryClient.UniqueName("孙"), "2014-03-03", "150203100100"));
        var version = await registry.Database.ScalarAsync($"SELECT max(version) FROM registry.mt_events WHERE stream_id = '{id}'");
        await registry.Services.GetRequiredService<IBus>().Publish(Judgment(id, false, null));
        await Task.Delay(3000);
        var child = await ChildAsync(id);
        Assert.Equal("parental", child.GetProperty("guardianship").GetProperty("status").GetString());
        Assert.Equal(version, await registry.Database.ScalarAsync($"SELECT max(version) FROM registry.mt_events WHERE stream_id = '{id}'"));
    }
}
