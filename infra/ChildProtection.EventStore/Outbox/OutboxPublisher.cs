using System.Diagnostics;
using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ChildProtection.EventStore.Outbox;

/// <summary>
/// The event log is the outbox: this subscription maps each committed event to integration messages and
/// publishes them with MessageId = event id (derived ids for several), advancing its checkpoint only after
/// the broker confirmed. A broker outage delays publication; it never loses it.
/// </summary>
public sealed class OutboxPublisher(
    PostgresEventStore store, ChangeSignal signal, EventStoreOptions options, IBus bus, ILogger<OutboxPublisher> log)
    : SubscriptionWorker(store, signal, options, log)
{
    /// <summary>The publisher's subscription name.</summary>
    public const string SubscriptionName = "outbox";

    private readonly IIntegrationEventMapper _mapper = options.Publisher
        ?? throw new InvalidOperationException("OutboxPublisher needs EventStoreOptions.Publisher.");

    public override string Name => SubscriptionName;

    protected override async Task<bool> HandleBatchAsync(Checkpoint from, IReadOnlyList<StoredEvent> batch, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var publishes = new List<Task>();
        foreach (var stored in batch)
        {
            var index = 0;
            foreach (var message in _mapper.Map(stored))
                publishes.Add(PublishAsync(stored, message, DeterministicGuid.ForMessage(stored.EventId, index++), timeout.Token));
        }
        await Task.WhenAll(publishes);
        EventStoreTelemetry.Published.Add(publishes.Count, new KeyValuePair<string, object?>("schema", Store.Schema));
        var advanced = await Checkpoints.TryAdvanceAsync(Name, from, Checkpoint.After(batch[^1]), ct);
        log.LogDebug("Outbox {Schema}: published {Count} messages for positions {First}..{Last} (from {FromTx}/{FromPos} to {ToTx}/{ToPos}); checkpoint advanced: {Advanced}",
            Store.Schema, publishes.Count, batch[0].Position, batch[^1].Position, from.TransactionId, from.Position, batch[^1].TransactionId, batch[^1].Position, advanced);
        return advanced;
    }

    private async Task PublishAsync(StoredEvent stored, object message, Guid messageId, CancellationToken ct)
    {
        // Continue the trace of the request that appended the event, so one trace spans the hop.
        ActivityContext.TryParse(stored.Metadata.TraceParent, null, out var parent);
        using var activity = EventStoreTelemetry.Source.StartActivity("outbox.publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", messageId);
        activity?.SetTag("event_store.event_type", stored.Type);
        await bus.Publish(message, message.GetType(), ctx =>
        {
            ctx.MessageId = messageId;
            ctx.Headers.Set(MessageHeaders.CorrelationId, stored.Metadata.CorrelationId);
            ctx.Headers.Set(MessageHeaders.EventType, stored.Type);
            ctx.Headers.Set(MessageHeaders.StreamId, stored.StreamId.ToString());
        }, ct);
    }
}

/// <summary>Header names the outbox sets on every published message.</summary>
public static class MessageHeaders
{
    public const string CorrelationId = "cp-correlation-id";
    public const string EventType = "cp-event-type";
    public const string StreamId = "cp-stream-id";
}
