using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>The due date of a police guidance order passed with the guidance neither completed nor refused (emitted once).</summary>
/// <param name="OrderId">The guidance order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="DueOn">The date it was due.</param>
/// <param name="DetectedAt">When the deadline scanner found it overdue.</param>
public sealed record FamilyEducationGuidanceOverdue(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    DateOnly DueOn,
    DateTimeOffset DetectedAt) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => DetectedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => $"Family-education guidance ordered by the police not completed by {DueOn:yyyy-MM-dd}";
}
