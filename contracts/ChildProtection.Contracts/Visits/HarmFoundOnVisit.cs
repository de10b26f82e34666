using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>
/// A contact or home visit found signs of harm or danger (docs/domain.md §4: the director must report). Reporting
/// files a mandatory report from it (channel <c>visit-escalation</c>, the child director as reporter) without
/// anyone typing it again.
/// </summary>
/// <param name="VisitId">The visit or contact that found it (idempotency key for the report).</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="DirectorId">The child director who recorded the visit, when known (the reporter).</param>
/// <param name="RecordedBy">The subject of the user who recorded the visit.</param>
/// <param name="Findings">The finding codes (e.g. <c>signs-of-harm</c>, <c>safety-hazard</c>).</param>
/// <param name="Observation">What was observed, as written by the director (no ID numbers).</param>
/// <param name="ObservedAt">When the visit took place.</param>
public sealed record HarmFoundOnVisit(
    Guid VisitId,
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    string RecordedBy,
    IReadOnlyList<string> Findings,
    string Observation,
    DateTimeOffset ObservedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => ObservedAt;
    public string FileSource => "visits";
    public string FileSummary => "Signs of harm or danger found on a visit; mandatory report requested";
}
