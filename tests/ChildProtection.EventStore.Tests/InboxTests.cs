using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Storage;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.EventStore.Tests;

/// <summary>Appends one Noted event per message it handles, with the inbox mark in the same transaction.</summary>
public sealed class AppendingConsumer(MessageInbox inbox, PostgresEventStore store, Deliveries deliveries)
    : IdempotentConsumer<TestNoted>(inbox)
{
    protected override string ConsumerName => "appending-consumer";

    protected override async Task HandleAsync(ConsumeContext<TestNoted> context, InboxMark mark)
    {
        deliveries.Record(context.MessageId!.Value, context.Message.StreamId);
        await store.AppendAsync(context.Message.StreamId, "thing", null, [new Noted(context.Message.StreamId, context.Message.N)],
            TestStore.Meta, new AppendOptions(Inbox: mark), context.CancellationToken);
    }
}

[Collection(nameof(BrokerOutageCollection))]
public class InboxTests
{
    [Fact]
    public async Task The_same_message_delivered_twice_through_RabbitMQ_has_one_effect()
    {
        await using var t = await new TestStore().InitAsync();
        var deliveries = new Deliveries();
        await using var rabbit = await RabbitTestHost.StartAsync(
            (x, queue) => x.AddConsumer<AppendingConsumer>().Endpoint(e => e.Name = queue),
            s => s.AddSingleton(deliveries).AddSingleton(t.Store).AddSingleton(new MessageInbox(t.Store)));
        var stream = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        await rabbit.Bus.Publish(new TestNoted(stream, 1), ctx => ctx.MessageId = messageId);
        await rabbit.Bus.Publish(new TestNoted(stream, 1), ctx => ctx.MessageId = messageId);
        var other = Guid.NewGuid();
        await rabbit.Bus.Publish(new TestNoted(stream, 2), ctx => ctx.MessageId = other);

        await Eventually.TrueAsync(async () => (await t.Store.FetchStreamAsync(stream)).Count == 2 && await new MessageInbox(t.Store).HasHandledAsync("appending-consumer", other),
            TimeSpan.FromSeconds(20), "both distinct messages handled");
        await Task.Delay(1000); // give a wrongly repeated effect the chance to show
        var events = await t.Store.FetchStreamAsync(stream);
        Assert.Equal([1, 2], events.Select(e => ((Noted)e.Data).N).Order());
    }

    [Fact]
    public async Task A_racing_duplicate_is_rolled_back_and_the_first_effect_stands()
    {
        await using var t = await new TestStore().InitAsync();
        var stream = Guid.NewGuid();
        var mark = new InboxMark("racer", Guid.NewGuid());

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            try
            {
                await t.Store.AppendAsync(stream, "thing", null, [new Noted(stream, n)], TestStore.Meta, new AppendOptions(Inbox: mark));
                return "effect";
            }
            catch (DuplicateMessageException) { return "duplicate"; }
            catch (ConcurrencyException) { return "retry"; }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "effect"));
        Assert.Single(await t.Store.FetchStreamAsync(stream));
        Assert.True(await new MessageInbox(t.Store).HasHandledAsync("racer", mark.MessageId));
    }

    [Fact]
    public async Task A_non_append_effect_and_its_inbox_mark_commit_together_once()
    {
        await using var t = await new TestStore().InitAsync();
        var inbox = new MessageInbox(t.Store);
        var id = Guid.NewGuid();
        var effects = 0;

        var first = await inbox.HandleAsync("counter", id, (_, _, _) => { Interlocked.Increment(ref effects); return Task.CompletedTask; });
        var second = await inbox.HandleAsync("counter", id, (_, _, _) => { Interlocked.Increment(ref effects); return Task.CompletedTask; });

        Assert.True(first);
        Assert.False(second); // its effect ran inside a transaction that was rolled back
        Assert.True(await inbox.HasHandledAsync("counter", id));
    }
}
