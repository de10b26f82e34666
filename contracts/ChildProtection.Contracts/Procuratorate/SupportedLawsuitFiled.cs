using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The supported or urged lawsuit was filed with the court under a court case reference.
/// </summary>
/// <param name="LawsuitId">The supported lawsuit.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="SupportedParty">The supported party's department code, or <c>other</c>.</param>
/// <param name="Claim">What the suit asks.</param>
/// <param name="CourtCaseReference">The court's case number (案号).</param>
/// <param name="FiledOn">The day it was filed.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record SupportedLawsuitFiled(
    Guid LawsuitId,
    Guid CaseId,
    Guid ChildId,
    string SupportedParty,
    string Claim,
    string CourtCaseReference,
    DateOnly FiledOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Supported lawsuit filed with the court ({Claim}), court case {CourtCaseReference}";
}
