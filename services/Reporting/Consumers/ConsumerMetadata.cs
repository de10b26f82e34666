using System.Diagnostics;
using ChildProtection.EventStore;
using MassTransit;

namespace ChildProtection.Reporting.Consumers;

/// <summary>Event metadata for work caused by a received message: the platform acts, the message is the cause.</summary>
public static class ConsumerMetadata
{
    public static EventMetadata For(ConsumeContext context) => new(
        context.CorrelationId?.ToString("N") ?? context.MessageId?.ToString("N") ?? Guid.NewGuid().ToString("N"),
        context.MessageId?.ToString(), Actor.System, Activity.Current?.Id);
}
