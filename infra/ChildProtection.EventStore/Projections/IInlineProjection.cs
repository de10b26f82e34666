namespace ChildProtection.EventStore.Projections;

/// <summary>A read model updated in the append's own transaction (read-your-writes).</summary>
public interface IInlineProjection
{
    /// <summary>Creates the read model's tables if missing (idempotent).</summary>
    Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct);

    /// <summary>Applies freshly appended events of one stream.</summary>
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct);
}
