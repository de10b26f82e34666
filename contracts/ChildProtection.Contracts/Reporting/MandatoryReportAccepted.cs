namespace ChildProtection.Contracts.Reporting;

/// <summary>
/// A receiving department accepted (受理) a mandatory report routed to it. When the department is
/// <c>police</c>, the Police service opens a case from it.
/// </summary>
/// <param name="ReportId">The report.</param>
/// <param name="RoutingId">The report's routing to this department (one report may go to several).</param>
/// <param name="Department">The accepting department (<c>police</c>, <c>civil-affairs</c>, <c>education</c>).</param>
/// <param name="ChildId">The child's registry id, when the report is matched to a registered child.</param>
/// <param name="RegionCode">The region the report was routed in (12-digit village code where known).</param>
/// <param name="Situations">The reportable-situation codes of the 2020 opinion (plus <c>other-danger</c>).</param>
/// <param name="Urgency"><c>immediate</c>, <c>urgent</c> or <c>normal</c>.</param>
/// <param name="ObservedAt">When the reporter observed it.</param>
/// <param name="AcceptedAt">When the department accepted it.</param>
/// <param name="AcceptedBy">The subject of the user who accepted it.</param>
public sealed record MandatoryReportAccepted(
    Guid ReportId,
    Guid RoutingId,
    string Department,
    Guid? ChildId,
    string RegionCode,
    IReadOnlyList<string> Situations,
    string Urgency,
    DateTimeOffset ObservedAt,
    DateTimeOffset AcceptedAt,
    string AcceptedBy);
