namespace ChildProtection.Contracts.Police;

/// <summary>
/// A child is seriously injured, threatened or without care: the police asked civil affairs to place the child
/// (Anti-Domestic Violence Law art. 15). Civil affairs records temporary guardianship and the placement in the registry
/// when it takes the child. The child may not be registered yet, so <paramref name="ChildId"/> may be null; for a
/// registered child the file gets a <see cref="PoliceCaseMilestoneRecorded"/> entry.
/// </summary>
/// <param name="RequestId">The placement request.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id, when known.</param>
/// <param name="RegionCode">The region (12-digit village code where known).</param>
/// <param name="Grounds"><c>seriously-injured</c>, <c>threatened</c>, <c>without-care</c>.</param>
/// <param name="CivilAffairsUnit">The civil-affairs unit asked to place the child.</param>
/// <param name="RequestedAt">When it was requested.</param>
/// <param name="RequestedBy">The subject of the officer.</param>
public sealed record EmergencyPlacementRequested(
    Guid RequestId,
    Guid CaseId,
    Guid? ChildId,
    string RegionCode,
    IReadOnlyList<string> Grounds,
    string CivilAffairsUnit,
    DateTimeOffset RequestedAt,
    string RequestedBy);
