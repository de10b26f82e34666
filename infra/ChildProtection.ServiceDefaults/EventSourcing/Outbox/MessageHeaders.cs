namespace ChildProtection.ServiceDefaults.EventSourcing.Outbox;

/// <summary>Header names the outbox sets on every published message.</summary>
public static class MessageHeaders
{
    public const string CorrelationId = "cp-correlation-id";
    public const string EventType = "cp-event-type";
    public const string StreamId = "cp-stream-id";
}
