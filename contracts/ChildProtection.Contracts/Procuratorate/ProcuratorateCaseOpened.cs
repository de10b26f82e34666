using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The procuratorate opened a case about a child: from a police referral, a case clue from another department, or on its own.
/// </summary>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Source"><c>police-referral</c>, <c>clue</c> or <c>direct</c>.</param>
/// <param name="ReferralId">The police referral it came from, if any.</param>
/// <param name="PoliceCaseId">The police case referred, if any.</param>
/// <param name="OccurredAt">When it was opened.</param>
public sealed record ProcuratorateCaseOpened(
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Source,
    Guid? ReferralId,
    Guid? PoliceCaseId,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Procuratorate case opened ({Source})";
}
