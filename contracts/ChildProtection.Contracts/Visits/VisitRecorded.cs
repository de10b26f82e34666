using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>A contact (联系) or home visit (入户走访) to a child was recorded, with the codes of what was found (no notes).</summary>
/// <param name="VisitId">The visit's id.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="DirectorId">The child's director, when assigned.</param>
/// <param name="Kind"><c>contact</c> or <c>home-visit</c>.</param>
/// <param name="Mode"><c>phone</c>, <c>video</c> or <c>in-person</c>.</param>
/// <param name="Findings">The finding codes (empty when nothing was found).</param>
/// <param name="OccurredAt">When the visit took place.</param>
public sealed record VisitRecorded(
    Guid VisitId,
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    string Kind,
    string Mode,
    IReadOnlyList<string> Findings,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    public string FileSource => "visits";
    public string FileSummary => (Kind == "home-visit" ? "Home visit recorded" : $"Contact ({Mode}) recorded")
        + (Findings.Count == 0 ? "" : $"; findings: {string.Join(", ", Findings)}");
}
