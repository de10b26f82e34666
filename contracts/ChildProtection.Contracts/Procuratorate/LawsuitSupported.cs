using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The procuratorate urged (督促起诉) or supported (支持起诉) a lawsuit for the child, typically civil affairs' application to revoke guardianship. The Court links the filed case through <see cref="SupportedLawsuitFiled"/>.
/// </summary>
/// <param name="LawsuitId">The supported lawsuit.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Mode"><c>support</c> or <c>urge</c>.</param>
/// <param name="SupportedParty">The department code of the supported party (e.g. <c>civil-affairs</c>), or <c>other</c> for a person or organisation.</param>
/// <param name="Claim">What the suit asks, e.g. <c>revoke-guardianship</c>, <c>maintenance</c>, <c>damages</c>.</param>
/// <param name="OccurredAt">When it was decided.</param>
public sealed record LawsuitSupported(
    Guid LawsuitId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Mode,
    string SupportedParty,
    string Claim,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Procuratorate {(Mode == "urge" ? "urged" : "supported")} a lawsuit by {SupportedParty} ({Claim})";
}
