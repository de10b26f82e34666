using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>
/// A visit duty was missed (stored and published as <c>visits.visit-overdue.v1</c>): once per missed due date at level
/// <c>overdue</c>, and once more at level <c>escalated</c> when it is still missed the pack's escalation delay later
/// (then the township supervisor should act).
/// </summary>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="DirectorId">The child's director, when assigned.</param>
/// <param name="Duty"><c>contact</c>, <c>home-visit</c> or <c>vacation-&lt;window&gt;</c> (e.g. <c>vacation-winter</c>).</param>
/// <param name="DueOn">The missed due date (China Standard Time).</param>
/// <param name="Level"><c>overdue</c> or <c>escalated</c>.</param>
/// <param name="DaysOverdue">Days past <paramref name="DueOn"/> when detected.</param>
/// <param name="DetectedAt">When the scanner found it.</param>
public sealed record VisitOverdue(
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    string Duty,
    DateOnly DueOn,
    string Level,
    int DaysOverdue,
    DateTimeOffset DetectedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => DetectedAt;
    public string FileSource => "visits";
    public string FileSummary => Level == "escalated"
        ? $"Visit duty {Duty} due {DueOn:yyyy-MM-dd} still missed; escalated"
        : $"Visit duty {Duty} due {DueOn:yyyy-MM-dd} missed";
}
