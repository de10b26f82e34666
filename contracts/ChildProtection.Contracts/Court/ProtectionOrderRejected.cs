using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The application for a protection order was rejected (reasons stay in the court).
/// </summary>
/// <param name="OrderId">The application.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="Late">Decided after the statutory time.</param>
/// <param name="OccurredAt">When it was decided.</param>
public sealed record ProtectionOrderRejected(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    bool Late,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Court rejected an application for a personal-safety protection order";
}
