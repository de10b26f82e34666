using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A case showed grounds to revoke guardianship and no petition was filed within the pack's window: civil affairs must apply (Civil Code art. 36).
/// </summary>
/// <param name="DutyId">The duty record.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="Grounds">The grounds noted.</param>
/// <param name="PetitionDueOn">The last day of the window that passed.</param>
/// <param name="OccurredAt">When civil affairs was prompted.</param>
public sealed record RevocationPetitionDutyPrompted(
    Guid DutyId,
    Guid ChildId,
    string RegionCode,
    IReadOnlyList<string> Grounds,
    DateOnly PetitionDueOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "No petition to revoke guardianship filed in time: civil affairs must apply";
}
