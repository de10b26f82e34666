using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Visits;

/// <summary>A visit found signs that the child has dropped out of school (辍学); education is notified.</summary>
public sealed record DropoutSignalReported(
    Guid VisitId,
    Guid ChildId,
    string RegionCode,
    Guid? DirectorId,
    string Observation,
    DateTimeOffset ObservedAt) : IChildFileEvent
{
    public DateTimeOffset OccurredAt => ObservedAt;
    public string FileSource => "visits";
    public string FileSummary => "Dropout signal found on a visit; education notified";
}
