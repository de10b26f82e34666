using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The order was extended, its measures changed, or it was revoked, on application before expiry (or on review).
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="Change">extended, changed or revoked.</param>
/// <param name="Measures">The measures now in force (empty when revoked).</param>
/// <param name="ValidUntil">The last day in force now.</param>
/// <param name="OccurredAt">When it was decided.</param>
public sealed record ProtectionOrderVaried(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    string Change,
    IReadOnlyList<string> Measures,
    DateOnly ValidUntil,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => $"Protection order {Change}";
}
