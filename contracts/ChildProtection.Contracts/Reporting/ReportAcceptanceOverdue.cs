namespace ChildProtection.Contracts.Reporting;

/// <summary>A routed mandatory report was not accepted (受理) nor transferred by its deadline. Emitted once per routing.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="RoutingId">The routing.</param>
/// <param name="Department">The receiving department.</param>
/// <param name="RegionCode">The region of the department's inbox.</param>
/// <param name="DueAt">The deadline that passed.</param>
/// <param name="DetectedAt">When the deadline scan found it.</param>
public sealed record ReportAcceptanceOverdue(
    Guid ReportId,
    Guid RoutingId,
    string Department,
    string RegionCode,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt);
