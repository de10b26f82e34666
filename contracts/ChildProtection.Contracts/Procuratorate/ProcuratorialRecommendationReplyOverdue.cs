using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The reply period of a procuratorial recommendation passed without a reply (emitted once).
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="ReplyDue">The last day of the reply period.</param>
/// <param name="OccurredAt">When the overdue was detected.</param>
public sealed record ProcuratorialRecommendationReplyOverdue(
    Guid RecommendationId,
    Guid CaseId,
    Guid ChildId,
    DateOnly ReplyDue,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Reply to the procuratorial recommendation overdue (due {ReplyDue:yyyy-MM-dd})";
}
