using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// A procuratorial recommendation (检察建议) was issued to a unit failing its duties; the unit's name is not published.
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Urgent">Whether it was marked urgent (shorter reply period).</param>
/// <param name="ReplyDue">The last day for the written reply (China Standard Time).</param>
/// <param name="OccurredAt">When it was issued.</param>
public sealed record ProcuratorialRecommendationIssued(
    Guid RecommendationId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    bool Urgent,
    DateOnly ReplyDue,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Procuratorial recommendation issued to a unit (检察建议), reply due {ReplyDue:yyyy-MM-dd}";
}
