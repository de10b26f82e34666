using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// A supervision-of-guardianship order (督促监护令) was issued to the child's guardians, with a follow-up plan. Guardians' names are never published.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="GuardianCount">How many guardians it is addressed to.</param>
/// <param name="PlannedCheckIns">The follow-up plan: the check-in dates (China Standard Time).</param>
/// <param name="OccurredAt">When it was issued.</param>
public sealed record SupervisionOrderIssued(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    int GuardianCount,
    IReadOnlyList<DateOnly> PlannedCheckIns,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => "Supervision-of-guardianship order issued to the guardians (督促监护令)";
}
