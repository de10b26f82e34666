using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>A consumer's effect and its inbox mark are saved in one session: a redelivered or racing duplicate changes nothing.</summary>
public sealed class InboxTests
{
    [Fact]
    public async Task The_same_message_delivered_several_times_at_once_has_one_effect()
    {
        await using var host = await EventSourcingHost.StartAsync(consumers: bus => bus.AddConsumer<NotingConsumer>());
        var id = await host.OpenAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        var duplicated = Guid.NewGuid();
        var distinct = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(new NoteThing(id, 1), c => c.MessageId = duplicated)));
        await bus.Publish(new NoteThing(id, 2), c => c.MessageId = distinct);

        await Eventually.TrueAsync(async () => await host.ScalarAsync(
                $"SELECT count(*) FROM {{schema}}.mt_doc_inboxmark WHERE id = '{InboxMark.KeyOf("noting-consumer", distinct)}'") == 1,
            TimeSpan.FromSeconds(20), "the distinct message is handled");
        await Task.Delay(1500); // room for a wrongly repeated effect to show
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM {{schema}}.mt_events WHERE stream_id = '{id}' AND data->>'n' = '1'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM {{schema}}.mt_events WHERE stream_id = '{id}' AND data->>'n' = '2'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_doc_inboxmark"));
        Assert.Equal(3, await host.ScalarAsync($"SELECT version FROM {{schema}}.mt_streams WHERE id = '{id}'"));
    }
}
