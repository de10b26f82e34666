using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>
/// A visit found the delegated carer (被委托照护人) unable or unwilling to care. <paramref name="Notify"/> says who must be
/// told: always <c>parents</c>; in Baotou also <c>township-supervisor</c>; and when the failure is found again after it
/// was escalated (still refused after admonishment), <c>township-government</c> (Baotou).
/// </summary>
/// <param name="VisitId">The visit that found it.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="TownshipCode">The 9-digit code of the child's township (whose supervisor and government are meant).</param>
/// <param name="DirectorId">The child's director, when assigned.</param>
/// <param name="Stage"><c>first-notice</c>, or <c>refused-after-admonishment</c> when found again.</param>
/// <param name="Notify"><c>parents</c>, <c>township-supervisor</c>, <c>township-government</c>.</param>
/// <param name="Observation">What the director wrote.</param>
/// <param name="ObservedAt">When the visit took place.</param>
public sealed record CarerFailureEscalated(
    Guid VisitId,
    Guid ChildId,
    string RegionCode,
    string TownshipCode,
    Guid? DirectorId,
    string Stage,
    IReadOnlyList<string> Notify,
    string Observation,
    DateTimeOffset ObservedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => ObservedAt;
    public string FileSource => "visits";
    public string FileSummary => $"Carer unable or unwilling to care ({Stage}); to be told: {string.Join(", ", Notify)}";
}
