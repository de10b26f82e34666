using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A family-education guidance order ended: completed, or breached (with the sanction).
/// </summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="Outcome">completed or breached.</param>
/// <param name="Sanction">The sanction of a breach.</param>
/// <param name="OccurredAt">When it was recorded.</param>
public sealed record FamilyEducationGuidanceOrderClosed(
    Guid OrderId,
    Guid ChildId,
    string Outcome,
    string? Sanction,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => Outcome == "completed" ? "Family-education guidance order completed" : $"Family-education guidance order breached; sanction: {Sanction}";
}
