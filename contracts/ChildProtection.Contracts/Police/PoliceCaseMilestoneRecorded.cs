using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// A step of a police case about a registered child, for the child's file (opened, classified, referred to the
/// procuratorate, transferred, closed). Published beside <see cref="PoliceCaseOpened"/>,
/// <see cref="PoliceCaseReferredToProcuratorate"/> and <see cref="PoliceCaseOutcomeRecorded"/>, and only when the case
/// names its child.
/// </summary>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Milestone"><c>opened</c>, <c>classified</c>, <c>referred-to-procuratorate</c>, <c>transferred</c>, <c>closed</c>, <c>emergency-placement-requested</c>.</param>
/// <param name="Summary">One line for the timeline, without names or ID numbers.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record PoliceCaseMilestoneRecorded(
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Milestone,
    string Summary,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => Summary;
}
