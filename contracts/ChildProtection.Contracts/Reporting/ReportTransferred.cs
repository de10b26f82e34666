namespace ChildProtection.Contracts.Reporting;

/// <summary>A receiving department transferred (移送) a routed report to another department, with its reason.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="RoutingId">The routing that was transferred.</param>
/// <param name="FromDepartment">The department that transferred it.</param>
/// <param name="NewRoutingId">The new routing, now in the other department's inbox.</param>
/// <param name="ToDepartment">The department it went to.</param>
/// <param name="RegionCode">The region of both inboxes.</param>
/// <param name="Reason">Why (no names, no ID numbers).</param>
/// <param name="TransferredAt">When.</param>
/// <param name="TransferredBy">The subject of the user who transferred it.</param>
public sealed record ReportTransferred(
    Guid ReportId,
    Guid RoutingId,
    string FromDepartment,
    Guid NewRoutingId,
    string ToDepartment,
    string RegionCode,
    string Reason,
    DateTimeOffset TransferredAt,
    string TransferredBy);
