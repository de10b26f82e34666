using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// 告诫书 The police issued a domestic-violence warning letter (Anti-Domestic Violence Law art. 16–17), served on the
/// abuser and the victim; the village (residents') committee was notified, and it and the police follow up with visits
/// on <paramref name="FollowUpVisitDates"/>. Visits may schedule those visits from it. No names are published.
/// </summary>
/// <param name="WarningId">The warning letter.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region (12-digit village code where known).</param>
/// <param name="AbuserRelationship">The abuser's relationship to the child.</param>
/// <param name="ServedOnAbuserOn">The date (China time) it was served on the abuser.</param>
/// <param name="ServedOnVictimOn">The date (China time) it was served on the victim.</param>
/// <param name="VillageCommitteeNotifiedOn">The date (China time) the village committee was notified.</param>
/// <param name="FollowUpVisitDates">The follow-up visits requested (China dates).</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="IssuedBy">The subject of the officer.</param>
public sealed record DomesticViolenceWarningIssued(
    Guid WarningId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string AbuserRelationship,
    DateOnly ServedOnAbuserOn,
    DateOnly ServedOnVictimOn,
    DateOnly VillageCommitteeNotifiedOn,
    IReadOnlyList<DateOnly> FollowUpVisitDates,
    DateTimeOffset IssuedAt,
    string IssuedBy) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => IssuedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary =>
        $"Domestic-violence warning letter (告诫书) issued to the {AbuserRelationship}; village committee notified; {FollowUpVisitDates.Count} follow-up visit(s) requested";
}
