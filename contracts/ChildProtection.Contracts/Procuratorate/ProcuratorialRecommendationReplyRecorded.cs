using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The unit's written reply to a procuratorial recommendation was recorded with the procuratorate's view of its adequacy.
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="ReceivedOn">The day the reply was received.</param>
/// <param name="Adequacy"><c>adequate</c>, <c>partly-adequate</c> or <c>inadequate</c>.</param>
/// <param name="Late">Whether it arrived after the reply period.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record ProcuratorialRecommendationReplyRecorded(
    Guid RecommendationId,
    Guid CaseId,
    Guid ChildId,
    DateOnly ReceivedOn,
    string Adequacy,
    bool Late,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Reply to the procuratorial recommendation recorded ({Adequacy})";
}
