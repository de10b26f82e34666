using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>A police recommendation's reply is overdue (emitted once, when the deadline scanner finds it).</summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Unit">The unit that has not replied.</param>
/// <param name="ReplyDueAt">When the reply was due.</param>
/// <param name="DetectedAt">When it was found overdue.</param>
public sealed record RecommendationReplyOverdue(
    Guid RecommendationId,
    Guid ChildId,
    string RegionCode,
    string Unit,
    DateTimeOffset ReplyDueAt,
    DateTimeOffset DetectedAt) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => DetectedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => $"The unit has not replied to the police recommendation due {ReplyDueAt:yyyy-MM-dd}";
}
