using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The month to reply to a judicial recommendation passed without a reply (emitted once).
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="ReplyDue">The reply's last day.</param>
/// <param name="OccurredAt">When it was found.</param>
public sealed record JudicialRecommendationReplyOverdue(
    Guid RecommendationId,
    Guid ChildId,
    DateOnly ReplyDue,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Reply to the judicial recommendation overdue";
}
