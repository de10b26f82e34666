using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The procuratorate closed a case with an outcome.
/// </summary>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Outcome">The outcome code, e.g. <c>guardianship-restored</c>, <c>transferred</c>, <c>no-further-action</c>.</param>
/// <param name="OccurredAt">When it was closed.</param>
public sealed record ProcuratorateCaseClosed(
    Guid CaseId,
    Guid ChildId,
    string Outcome,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Procuratorate case closed ({Outcome})";
}
