using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The pre-suit reply period (administrative, unanswered) or the public notice (civil) ended; filing may follow. Emitted once.
/// </summary>
/// <param name="LitigationId">The litigation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Kind"><c>administrative</c> or <c>civil</c>.</param>
/// <param name="PeriodEndedOn">The last day of the period.</param>
/// <param name="OccurredAt">When it was detected.</param>
public sealed record PublicInterestPeriodEnded(
    Guid LitigationId,
    Guid CaseId,
    Guid ChildId,
    string Kind,
    DateOnly PeriodEndedOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Public-interest {(Kind == "civil" ? "notice period" : "pre-suit reply period")} ended {PeriodEndedOn:yyyy-MM-dd}";
}
