using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// The order's validity ended.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="ValidUntil">Its last day in force.</param>
/// <param name="OccurredAt">When the expiry was found.</param>
public sealed record ProtectionOrderExpired(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    DateOnly ValidUntil,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Personal-safety protection order expired";
}
