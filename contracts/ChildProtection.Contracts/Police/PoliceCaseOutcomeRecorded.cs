namespace ChildProtection.Contracts.Police;

/// <summary>
/// The police recorded the outcome of a case (e.g. <c>admonished</c>, <c>criminal-case-filed</c>,
/// <c>transferred</c>, <c>no-offence-found</c>). Reporting records it as the outcome of the report's police
/// routing, so the outcome can be fed back to the reporter.
/// </summary>
/// <param name="CaseId">The police case.</param>
/// <param name="ReportId">The mandatory report it came from, if any.</param>
/// <param name="RoutingId">The report's police routing, if any.</param>
/// <param name="ChildId">The child's registry id, when known.</param>
/// <param name="Outcome">The outcome code.</param>
/// <param name="Summary">One line fit to tell the reporter (no names, no ID numbers, no case details).</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record PoliceCaseOutcomeRecorded(
    Guid CaseId,
    Guid? ReportId,
    Guid? RoutingId,
    Guid? ChildId,
    string Outcome,
    string Summary,
    DateTimeOffset RecordedAt);
