using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Reporting;

/// <summary>
/// A receiving department told the reporter the outcome of a report (以适当方式将处理结果告知). Published only for reports
/// matched to a registry child; it lands in the child's file.
/// </summary>
/// <param name="ReportId">The report.</param>
/// <param name="RoutingId">The routing whose outcome was fed back.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Department">The department that fed it back.</param>
/// <param name="Outcome">The outcome code.</param>
/// <param name="Method"><c>phone</c>, <c>in-person</c>, <c>letter</c> or <c>platform</c>.</param>
/// <param name="FedBackAt">When.</param>
public sealed record ReportOutcomeFedBack(
    Guid ReportId,
    Guid RoutingId,
    Guid ChildId,
    string Department,
    string Outcome,
    string Method,
    DateTimeOffset FedBackAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => FedBackAt;
    public string FileSource => "reporting";
    public string FileSummary => $"Mandatory report outcome ({Outcome}) fed back to the reporter by {Department}";
}
