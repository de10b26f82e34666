using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>
/// A visit found a psychological or behavioural abnormality (心理或行为异常): the guardian is helped to seek professional
/// help and the child is referred to health services.
/// </summary>
public sealed record HealthReferralRecorded(
    Guid VisitId,
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    string Observation,
    DateTimeOffset ObservedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => ObservedAt;
    public string FileSource => "visits";
    public string FileSummary => "Psychological or behavioural abnormality found on a visit; referred to health services";
}
