using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Procuratorate;

/// <summary>
/// The agency's reply to an administrative public-interest pre-suit recommendation was recorded with its adequacy.
/// </summary>
/// <param name="LitigationId">The litigation.</param>
/// <param name="CaseId">The procuratorate case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="ReceivedOn">The day the reply was received.</param>
/// <param name="Adequacy"><c>adequate</c>, <c>partly-adequate</c> or <c>inadequate</c>.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record PublicInterestReplyRecorded(
    Guid LitigationId,
    Guid CaseId,
    Guid ChildId,
    DateOnly ReceivedOn,
    string Adequacy,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "procuratorate";

    /// <inheritdoc />
    public string FileSummary => $"Agency reply to the pre-suit recommendation recorded ({Adequacy})";
}
