using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A petition to revoke guardianship (撤销监护人资格, Civil Code art. 36) was filed with the court.
/// </summary>
/// <param name="CaseId">The court's revocation case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="Petitioner">Who petitioned (civil-affairs, village-committee, school, …).</param>
/// <param name="Grounds">Civil Code art. 36 grounds.</param>
/// <param name="SupportedByProcuratorate">Whether the procuratorate supports it.</param>
/// <param name="OccurredAt">When it was filed.</param>
public sealed record RevocationPetitionFiled(
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Petitioner,
    IReadOnlyList<string> Grounds,
    bool SupportedByProcuratorate,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => $"Petition to revoke guardianship filed by {Petitioner}";
}
