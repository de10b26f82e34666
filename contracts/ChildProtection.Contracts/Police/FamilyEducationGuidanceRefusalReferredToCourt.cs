using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// The police referred a guardian's refusal of family-education guidance to the court, for a family-education guidance
/// order (家庭教育指导令). The Court may open a case from it.
/// </summary>
/// <param name="OrderId">The police's guidance order (idempotency key for the court).</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Court">The court referred to.</param>
/// <param name="ReferredAt">When it was referred.</param>
/// <param name="ReferredBy">The subject of the officer.</param>
public sealed record FamilyEducationGuidanceRefusalReferredToCourt(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Court,
    DateTimeOffset ReferredAt,
    string ReferredBy) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => ReferredAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => "Refusal of family-education guidance referred by the police to the court";
}
