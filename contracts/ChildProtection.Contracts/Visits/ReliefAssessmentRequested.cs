using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>
/// A visit found the child in need of relief: Relief should assess the child proactively (应保尽保).
/// </summary>
/// <param name="RequestId">Idempotency key (the visit's id).</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="Reasons">The finding codes of the visit (always including <c>needs-relief</c>).</param>
/// <param name="Note">What the director wrote about the need, if anything.</param>
/// <param name="RequestedAt">When the visit took place.</param>
public sealed record ReliefAssessmentRequested(
    Guid RequestId,
    Guid ChildId,
    string RegionCode,
    IReadOnlyList<string> Reasons,
    string? Note,
    DateTimeOffset RequestedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => RequestedAt;
    public string FileSource => "visits";
    public string FileSummary => "Relief assessment requested after a visit";
}
