using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// No decision on a protection-order application by its statutory time (72 h, 24 h urgent); emitted once. EscalatedToPresident is true on the second emission, once, 12 h later (pack value), when it reaches the court president's view.
/// </summary>
/// <param name="OrderId">The application.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The child's village code.</param>
/// <param name="DueAt">When the decision was due.</param>
/// <param name="EscalatedToPresident">False for the overdue notice, true for the escalation to the court president.</param>
/// <param name="OccurredAt">When it was found.</param>
public sealed record ProtectionOrderDecisionOverdue(
    Guid OrderId,
    Guid ChildId,
    string RegionCode,
    DateTimeOffset DueAt,
    bool EscalatedToPresident,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "court";

    /// <inheritdoc />
    public string FileSummary => EscalatedToPresident ? "Protection-order decision still overdue: escalated to the court president" : "Protection-order decision overdue";
}
