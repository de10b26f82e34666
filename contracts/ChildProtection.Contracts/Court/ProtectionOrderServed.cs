using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The order was served on the police and/or the village committee, who consume this to enforce it: measures, validity, child, region.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="ServedOn">police, village-committee.</param>
/// <param name="Measures">The measures in force.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="ValidUntil">Last day in force.</param>
/// <param name="OccurredAt">When it was served.</param>
public sealed record ProtectionOrderServed(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    IReadOnlyList<string> ServedOn,
    IReadOnlyList<string> Measures,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => $"Protection order served on {string.Join(" and ", ServedOn)}";
}
