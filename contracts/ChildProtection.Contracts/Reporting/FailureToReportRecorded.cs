using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Reporting;

/// <summary>
/// Harm was known without a mandatory report being filed (Minors Protection Law art. 117: failing to report). Published
/// only when the child is a registry child; it lands in the child's file.
/// </summary>
/// <param name="RecordId">The accountability record.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="UnitType">The kind of unit that knew (e.g. <c>school</c>), or <c>unidentified</c>.</param>
/// <param name="EvidenceSource"><c>police-case</c>, <c>visit</c> or <c>other</c>.</param>
/// <param name="EvidenceId">The police case or visit that shows it, when there is one.</param>
/// <param name="KnownSince">Since when the harm was known.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record FailureToReportRecorded(
    Guid RecordId,
    Guid ChildId,
    string RegionCode,
    string UnitType,
    string EvidenceSource,
    Guid? EvidenceId,
    DateTimeOffset KnownSince,
    DateTimeOffset RecordedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => RecordedAt;
    public string FileSource => "reporting";
    public string FileSummary => "Harm known without a mandatory report (failure to report recorded)";
}
