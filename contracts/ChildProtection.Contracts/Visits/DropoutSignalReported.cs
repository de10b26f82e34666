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
    DateTimeOffset IChildFileEvent.OccurredAt => ObservedAt;
    string IChildFileEvent.FileSource => "visits";
    string IChildFileEvent.FileSummary => "Dropout signal found on a visit; education notified";
}
