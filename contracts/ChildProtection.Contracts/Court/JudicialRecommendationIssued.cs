using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A judicial recommendation (司法建议) was sent to a unit failing its duties toward the child; reply within 1 month (the unit's name stays in the court).
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="ReplyDue">The reply's last day.</param>
/// <param name="OccurredAt">When it was issued.</param>
public sealed record JudicialRecommendationIssued(
    Guid RecommendationId,
    Guid ChildId,
    string RegionCode,
    DateOnly ReplyDue,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Court sent a judicial recommendation (司法建议) to a unit";
}
