using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The guardians did not comply with the supervision-of-guardianship order and the procuratorate escalated.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="EscalatedTo"><c>recommend-revocation-application</c> (a recommendation to civil affairs to apply for revocation of guardianship) or <c>support-prosecution</c>.</param>
/// <param name="OccurredAt">When it was escalated.</param>
public sealed record SupervisionOrderEscalated(
    Guid OrderId,
    Guid CaseId,
    Guid ChildId,
    string EscalatedTo,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Supervision-of-guardianship order escalated ({EscalatedTo})";
}
