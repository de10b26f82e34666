using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Reporting;

/// <summary>
/// A mandatory report (强制报告) about a registered child was filed. Published only when the report is matched to a
/// registry child; it lands in the child's file. Carries no reporter identity (confidential to the receiving departments).
/// </summary>
/// <param name="ReportId">The report.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The region the report is routed in.</param>
/// <param name="Channel"><c>web</c>, <c>hotline-12355</c>, <c>visit-escalation</c> or <c>police-walk-in</c>.</param>
/// <param name="Situations">The reportable-situation codes of the 2020 opinion (plus <c>other-danger</c>).</param>
/// <param name="Urgency"><c>immediate</c>, <c>urgent</c> or <c>normal</c>.</param>
/// <param name="ObservedAt">When the reporter observed it.</param>
/// <param name="FiledAt">When it was filed.</param>
public sealed record ReportFiled(
    Guid ReportId,
    Guid ChildId,
    string RegionCode,
    string Channel,
    IReadOnlyList<string> Situations,
    string Urgency,
    DateTimeOffset ObservedAt,
    DateTimeOffset FiledAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => FiledAt;
    public string FileSource => "reporting";
    public string FileSummary => "Mandatory report filed: " + string.Join(", ", Situations);
}
