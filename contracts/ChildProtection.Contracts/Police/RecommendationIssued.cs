using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Police;

/// <summary>
/// The police recommended that a unit failing its protection duties put it right (Minors Protection Law art. 114); the
/// unit replies in writing by <paramref name="ReplyDueAt"/> (1 month by default, a policy-pack value).
/// </summary>
/// <param name="RecommendationId">The recommendation.</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region of the case.</param>
/// <param name="Unit">The unit it is addressed to (a school, a hotel, an institution: a unit, not a person).</param>
/// <param name="Failings">Codes for the duties failed (e.g. <c>failed-to-report</c>).</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ReplyDueAt">When the written reply is due.</param>
/// <param name="IssuedBy">The subject of the officer.</param>
public sealed record RecommendationIssued(
    Guid RecommendationId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    string Unit,
    IReadOnlyList<string> Failings,
    DateTimeOffset IssuedAt,
    DateTimeOffset ReplyDueAt,
    string IssuedBy) : IChildFileEvent
{
    /// <inheritdoc />
    public DateTimeOffset OccurredAt => IssuedAt;
    /// <inheritdoc />
    public string FileSource => "police";
    /// <inheritdoc />
    public string FileSummary => $"Police recommendation to a unit failing its protection duties ({string.Join(", ", Failings)}); reply due {ReplyDueAt:yyyy-MM-dd}";
}
