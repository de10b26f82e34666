namespace ChildProtection.Contracts.Police;

/// <summary>
/// The police opened a case (administrative or criminal, or a check before deciding), from an accepted
/// mandatory report or on their own. Reporting records it as a handling step of the report's police routing.
/// </summary>
/// <param name="CaseId">The police case.</param>
/// <param name="ReportId">The mandatory report it came from, if any.</param>
/// <param name="RoutingId">The report's police routing, if any.</param>
/// <param name="ChildId">The child's registry id, when known.</param>
/// <param name="RegionCode">The region of the case (12-digit village code where known).</param>
/// <param name="CaseKind"><c>pending-review</c>, <c>administrative</c> or <c>criminal</c>.</param>
/// <param name="OpenedAt">When it was opened.</param>
public sealed record PoliceCaseOpened(
    Guid CaseId,
    Guid? ReportId,
    Guid? RoutingId,
    Guid? ChildId,
    string RegionCode,
    string CaseKind,
    DateTimeOffset OpenedAt);
