namespace ChildProtection.Contracts.Reporting;

/// <summary>A mandatory report was routed to a receiving department, which must accept it by <paramref name="AcceptDueAt"/>.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="RoutingId">This routing (one report may go to several departments).</param>
/// <param name="Department"><c>police</c>, <c>civil-affairs</c> or <c>education</c>.</param>
/// <param name="ChildId">The child's registry id, when the report is matched.</param>
/// <param name="RegionCode">The region of the department's inbox.</param>
/// <param name="Situations">The situation codes.</param>
/// <param name="Urgency"><c>immediate</c>, <c>urgent</c> or <c>normal</c>.</param>
/// <param name="AcceptDueAt">The statutory acceptance deadline (policy pack <c>mandatoryReporting.acceptWithinHours</c>).</param>
/// <param name="TransferredFrom">The routing this one was transferred from, if any.</param>
/// <param name="RoutedAt">When it was routed.</param>
public sealed record ReportRouted(
    Guid ReportId,
    Guid RoutingId,
    string Department,
    Guid? ChildId,
    string RegionCode,
    IReadOnlyList<string> Situations,
    string Urgency,
    DateTimeOffset AcceptDueAt,
    Guid? TransferredFrom,
    DateTimeOffset RoutedAt);
