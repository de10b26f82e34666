namespace ChildProtection.EventStore.Projections;

/// <summary>
/// A read model built from the ordered feed by the projection daemon. Its writes and its checkpoint
/// commit together, so each event is applied exactly once; it can be rebuilt from zero.
/// </summary>
public interface IAsyncProjection
{
    /// <summary>The projection's name (its checkpoint row).</summary>
    string Name { get; }

    /// <summary>Creates the read model's tables if missing (idempotent).</summary>
    Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct);

    /// <summary>Applies a batch of events in feed order.</summary>
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct);

    /// <summary>Deletes everything the projection wrote (before a rebuild).</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken ct);
}
