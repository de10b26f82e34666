using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// The guardian refused the family-education guidance the police ordered. The refusal can be referred to the court for a
/// family-education guidance order (家庭教育指导令): see <see cref="FamilyEducationGuidanceRefusalReferredToCourt"/>.
/// </summary>
/// <param name="OrderId">The guidance order.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="RefusedOn">The date (China time) of the refusal.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record FamilyEducationGuidanceRefused(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    DateOnly RefusedOn,
    DateTimeOffset RecordedAt) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => RecordedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => "Guardian refused the family-education guidance ordered by the police";
}
