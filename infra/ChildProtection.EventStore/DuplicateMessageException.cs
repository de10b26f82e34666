namespace ChildProtection.EventStore;

/// <summary>A racing duplicate of a message that another delivery has already handled; safe to skip.</summary>
public sealed class DuplicateMessageException(string consumer, Guid messageId)
    : Exception($"Message {messageId} was already handled by {consumer}.")
{
    public string Consumer { get; } = consumer;
    public Guid MessageId { get; } = messageId;
}
