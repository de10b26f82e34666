using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// A follow-up check-in of a supervision-of-guardianship order was recorded with its evaluation of the guardians' compliance.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Sequence">The check-in's number in the plan (1, 2, …).</param>
/// <param name="CheckedOn">The day of the check-in.</param>
/// <param name="Evaluation"><c>complying</c>, <c>partly-complying</c> or <c>not-complying</c>.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record SupervisionOrderCheckInRecorded(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    int Sequence,
    DateOnly CheckedOn,
    string Evaluation,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Supervision-order check-in {Sequence}: guardians {Evaluation}";
}
