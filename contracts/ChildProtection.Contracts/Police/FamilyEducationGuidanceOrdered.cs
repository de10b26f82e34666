using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// 责令接受家庭教育指导 The police ordered a guardian to receive family-education guidance (Minors Protection Law art. 118;
/// Family Education Promotion Law art. 49).
/// </summary>
/// <param name="OrderId">The guidance order.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="AdmonitionId">The admonition it accompanies, if any.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="GuardianRelationship">The guardian's relationship to the child.</param>
/// <param name="Provider">The guidance provider (a unit, not a person).</param>
/// <param name="Sessions">The sessions to attend.</param>
/// <param name="DueOn">The date (China time) by which to complete them.</param>
/// <param name="OrderedAt">When it was ordered.</param>
/// <param name="OrderedBy">The subject of the officer.</param>
public sealed record FamilyEducationGuidanceOrdered(
    Guid OrderId,
    Guid CaseId,
    Guid? AdmonitionId,
    Guid ChildId,
    string RegionCode,
    string GuardianRelationship,
    string Provider,
    int Sessions,
    DateOnly DueOn,
    DateTimeOffset OrderedAt,
    string OrderedBy) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => OrderedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary =>
        $"Guardian ({GuardianRelationship}) ordered by the police to receive family-education guidance: {Sessions} session(s) by {DueOn:yyyy-MM-dd}";
}
