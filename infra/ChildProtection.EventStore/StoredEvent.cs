namespace ChildProtection.EventStore;

/// <summary>An event as it was recorded: its place in the log, its stream version and its metadata.</summary>
/// <param name="Position">Global position (identity column); unique, but commit order is (TransactionId, Position).</param>
/// <param name="TransactionId">The appending transaction's id (xid8); orders the feed.</param>
public sealed record StoredEvent(
    long Position,
    ulong TransactionId,
    Guid StreamId,
    long Version,
    Guid EventId,
    string Type,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt);
