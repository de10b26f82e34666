using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// 训诫 The police admonished a guardian who fails the child (Minors Protection Law art. 118). The guardian's name is
/// not published; the relationship is.
/// </summary>
/// <param name="AdmonitionId">The admonition.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="GuardianRelationship">The admonished guardian's relationship to the child (e.g. <c>father</c>).</param>
/// <param name="Grounds">Codes for why (e.g. <c>neglect</c>, <c>leaving-child-without-care</c>).</param>
/// <param name="AdmonishedAt">When the guardian was admonished.</param>
/// <param name="AdmonishedBy">The subject of the officer.</param>
public sealed record GuardianAdmonished(
    Guid AdmonitionId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string GuardianRelationship,
    IReadOnlyList<string> Grounds,
    DateTimeOffset AdmonishedAt,
    string AdmonishedBy) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => AdmonishedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => $"Guardian ({GuardianRelationship}) admonished by the police (训诫): {string.Join(", ", Grounds)}";
}
