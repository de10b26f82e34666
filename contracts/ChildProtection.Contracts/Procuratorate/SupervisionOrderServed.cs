using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The supervision-of-guardianship order was served on the guardians, in writing or announced.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Method"><c>written</c> or <c>announced</c>.</param>
/// <param name="ServedOn">The day it was served.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record SupervisionOrderServed(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    string Method,
    DateOnly ServedOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Supervision-of-guardianship order served ({Method})";
}
