namespace ChildProtection.EventStore.Storage;

/// <summary>What an append wrote: the stream's new version and the recorded events.</summary>
public sealed record AppendResult(Guid StreamId, long NextVersion, IReadOnlyList<StoredEvent> Events);
