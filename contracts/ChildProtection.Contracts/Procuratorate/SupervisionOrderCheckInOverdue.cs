using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// A planned check-in of a supervision-of-guardianship order passed its date unrecorded (emitted once per check-in).
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Sequence">The check-in's number in the plan.</param>
/// <param name="DueOn">The planned date.</param>
/// <param name="OccurredAt">When the overdue was detected.</param>
public sealed record SupervisionOrderCheckInOverdue(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    int Sequence,
    DateOnly DueOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Supervision-order check-in {Sequence} overdue (planned {DueOn:yyyy-MM-dd})";
}
