using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The supervision-of-guardianship order was completed: the guardians comply.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="OccurredAt">When it was completed.</param>
public sealed record SupervisionOrderCompleted(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => "Supervision-of-guardianship order completed: guardians comply";
}
