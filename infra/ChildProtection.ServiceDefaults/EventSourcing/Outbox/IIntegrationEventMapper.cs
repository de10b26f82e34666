using JasperFx.Events;

namespace ChildProtection.ServiceDefaults.EventSourcing.Outbox;

/// <summary>Maps a service's stored domain event to the integration messages other services consume.</summary>
public interface IIntegrationEventMapper
{
    /// <summary>The messages to publish for this event, in order; empty for a private event.</summary>
    IEnumerable<object> Map(IEvent stored);
}
