using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>The guardian completed the family-education guidance the police ordered.</summary>
/// <param name="OrderId">The guidance order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="SessionsAttended">The sessions attended.</param>
/// <param name="CompletedOn">The date (China time) it was completed.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record FamilyEducationGuidanceCompleted(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    int SessionsAttended,
    DateOnly CompletedOn,
    DateTimeOffset RecordedAt) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => RecordedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => $"Family-education guidance completed ({SessionsAttended} session(s))";
}
