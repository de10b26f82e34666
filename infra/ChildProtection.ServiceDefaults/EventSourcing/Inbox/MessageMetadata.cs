using System.Diagnostics;
using MassTransit;

namespace ChildProtection.ServiceDefaults.EventSourcing.Inbox;

/// <summary>The one way a consumer's events get their metadata.</summary>
public static class MessageMetadata
{
    /// <summary>
    /// For events appended while handling <paramref name="context"/>: the publisher's correlation id (so one request's
    /// story spans services), the message id as causation, the platform as actor, and the current trace.
    /// </summary>
    public static EventMetadata For(ConsumeContext context) => new(
        context.Headers.Get<string>(Outbox.MessageHeaders.CorrelationId) ?? context.CorrelationId?.ToString("N") ?? Guid.NewGuid().ToString("N"),
        context.MessageId?.ToString(),
        Actor.System,
        Activity.Current?.Id);
}
