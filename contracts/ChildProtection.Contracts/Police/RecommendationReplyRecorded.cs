using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>The unit's written reply to a police recommendation was recorded.</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="RepliedOn">The date (China time) of the reply.</param>
/// <param name="Late">True when it came after the reply was due.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record RecommendationReplyRecorded(
    Guid RecommendationId,
    Guid ChildId,
    string RegionCode,
    DateOnly RepliedOn,
    bool Late,
    DateTimeOffset RecordedAt) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => RecordedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => Late ? "The unit replied late to the police recommendation" : "The unit replied to the police recommendation";
}
