using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The unit's reply to a judicial recommendation was recorded.
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="ReceivedOn">When the reply arrived.</param>
/// <param name="Late">After the due date.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record JudicialRecommendationReplied(
    Guid RecommendationId,
    Guid ChildId,
    DateOnly ReceivedOn,
    bool Late,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Unit replied to the judicial recommendation";
}
