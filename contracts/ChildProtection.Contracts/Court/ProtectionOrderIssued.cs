using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A personal-safety protection order (人身安全保护令) was issued for the child, with its measures and validity; the police and the village committee help enforce it.
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's 12-digit village code.</param>
/// <param name="Measures">The measures: no-violence, no-harassing-following-contacting, move-out, no-online-or-phone-threats, exclusion-zone-home, exclusion-zone-school, exclusion-zone-work, other.</param>
/// <param name="ValidFrom">First day in force (China time).</param>
/// <param name="ValidUntil">Last day in force.</param>
/// <param name="Late">Decided after the statutory 72 h / 24 h.</param>
/// <param name="OccurredAt">When it was decided.</param>
public sealed record ProtectionOrderIssued(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    IReadOnlyList<string> Measures,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    bool Late,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => "Court issued a personal-safety protection order (人身安全保护令)";
}
