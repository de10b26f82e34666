using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A family-education guidance order (家庭教育指导令) was issued to the child's guardians.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="Basis">refused-guidance or failed-after-guidance.</param>
/// <param name="Sessions">How many guidance sessions.</param>
/// <param name="CompleteBy">The last day to complete them.</param>
/// <param name="OccurredAt">When it was issued.</param>
public sealed record FamilyEducationGuidanceOrderIssued(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    string Basis,
    int Sessions,
    DateOnly CompleteBy,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Court issued a family-education guidance order (家庭教育指导令)";
}
