using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A breach of the order was recorded with its sanction (Anti-Domestic Violence Law art. 34).
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="BreachedOn">The day of the breach.</param>
/// <param name="Sanction">admonition, fine, detention or criminal-referral.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ProtectionOrderBreached(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    DateOnly BreachedOn,
    string Sanction,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => $"Protection order breached; sanction: {Sanction}";
}
