using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ChildProtection.ServiceDefaults.EventSourcing.Outbox;

/// <summary>
/// The event log is the outbox: a Marten subscription, run by the async daemon on one instance per service (hot/cold),
/// maps each committed event to integration messages and publishes them through MassTransit with MessageId = the event
/// id (a derived id for the second message and on). It returns only once the broker confirmed every message of the
/// page, and Marten records the subscription's progress only then: a broker outage delays publication, it never loses it.
/// </summary>
internal sealed class OutboxSubscription : SubscriptionBase
{
    /// <summary>The subscription's name in <c>mt_event_progression</c>.</summary>
    public const string SubscriptionName = "outbox";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromSeconds(10);
    private readonly IIntegrationEventMapper _mapper;
    private readonly IBus _bus;
    private readonly ServiceSchema _schema;
    private readonly ILogger<OutboxSubscription> _log;

    public OutboxSubscription(IIntegrationEventMapper mapper, IBus bus, ServiceSchema schema, ILogger<OutboxSubscription> log)
    {
        _mapper = mapper;
        _bus = bus;
        _schema = schema;
        _log = log;
        Name = SubscriptionName;
        Options.BatchSize = 500;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var messages = page.Events
            .SelectMany(e => _mapper.Map(e).Select((message, index) => (Event: e, Message: message, Id: DeterministicGuid.ForMessage(e.Id, index))))
            .ToList();
        var backoff = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(PublishTimeout);
                await Task.WhenAll(messages.Select(m => PublishAsync(m.Event, m.Message, m.Id, timeout.Token)));
                break;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Nothing of this page counts as published until all of it is: retry it whole (same message ids) until the broker confirms.
                _log.LogWarning("Outbox of {Schema}: publishing {Count} messages failed ({Error}); retrying in {Delay}",
                    _schema.Name, messages.Count, e.Message, backoff);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, MaxBackoff.TotalMilliseconds));
            }
        }
        EventSourcingTelemetry.Published.Add(messages.Count, new KeyValuePair<string, object?>("schema", _schema.Name));
        return NullChangeListener.Instance;
    }

    private Task PublishAsync(IEvent stored, object message, Guid messageId, CancellationToken ct)
    {
        // Continue the trace of the request that appended the event, so one trace spans the hop.
        var metadata = EventMetadata.Of(stored);
        ActivityContext.TryParse(metadata.TraceParent, null, out var parent);
        using var activity = EventSourcingTelemetry.Source.StartActivity("outbox.publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", messageId);
        activity?.SetTag("event_store.event_type", stored.EventTypeName);
        return _bus.Publish(message, message.GetType(), ctx =>
        {
            ctx.MessageId = messageId;
            ctx.Headers.Set(MessageHeaders.CorrelationId, metadata.CorrelationId);
            ctx.Headers.Set(MessageHeaders.EventType, stored.EventTypeName);
            ctx.Headers.Set(MessageHeaders.StreamId, stored.StreamId.ToString());
        }, ct);
    }
}
