using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The procuratorate filed the public-interest suit with the court.
/// </summary>
/// <param name="LitigationId">The litigation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Kind"><c>administrative</c> or <c>civil</c>.</param>
/// <param name="CourtCaseReference">The court's case number (案号).</param>
/// <param name="FiledOn">The day it was filed.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PublicInterestLitigationFiled(
    Guid LitigationId,
    Guid CaseId,
    Guid ChildId,
    string Kind,
    string CourtCaseReference,
    DateOnly FiledOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Public-interest suit ({Kind}) filed with the court, court case {CourtCaseReference}";
}
