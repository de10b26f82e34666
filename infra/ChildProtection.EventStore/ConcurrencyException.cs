namespace ChildProtection.EventStore;

/// <summary>
/// The stream was not at the expected version: someone else appended first. Maps to HTTP 409.
/// </summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(Guid streamId, long expectedVersion)
        : base($"Stream {streamId} is not at the expected version {expectedVersion}.")
    {
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
    }

    public Guid StreamId { get; }
    public long ExpectedVersion { get; }
}
