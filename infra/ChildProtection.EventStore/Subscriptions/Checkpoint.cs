namespace ChildProtection.EventStore.Subscriptions;

/// <summary>Where a subscription has read to, in feed order (transaction id, then position).</summary>
public readonly record struct Checkpoint(ulong TransactionId, long Position) : IComparable<Checkpoint>
{
    public static readonly Checkpoint Start = new(0, 0);

    public static Checkpoint After(StoredEvent e) => new(e.TransactionId, e.Position);

    public int CompareTo(Checkpoint other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Position.CompareTo(other.Position);
}
