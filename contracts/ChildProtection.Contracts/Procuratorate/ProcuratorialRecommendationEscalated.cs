using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// A procuratorial recommendation was not complied with and the procuratorate escalated.
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="EscalatedTo"><c>superior-body</c>, <c>peoples-congress</c>, <c>supervisory-commission</c> or <c>public-interest-litigation</c>.</param>
/// <param name="OccurredAt">When it was escalated.</param>
public sealed record ProcuratorialRecommendationEscalated(
    Guid RecommendationId,
    Guid CaseId,
    Guid ChildId,
    string EscalatedTo,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Procuratorial recommendation escalated ({EscalatedTo})";
}
