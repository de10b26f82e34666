using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// Public-interest litigation ended without a suit by the procuratorate (the agency remedied it, or another party with standing sued).
/// </summary>
/// <param name="LitigationId">The litigation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Reason"><c>remedied</c> or <c>other-party-sued</c>.</param>
/// <param name="OccurredAt">When it was closed.</param>
public sealed record PublicInterestLitigationClosed(
    Guid LitigationId,
    Guid CaseId,
    Guid ChildId,
    string Reason,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Public-interest litigation closed without a suit ({Reason})";
}
