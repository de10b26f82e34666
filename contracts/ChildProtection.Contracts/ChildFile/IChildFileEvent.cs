namespace ChildProtection.Contracts.ChildFile;

/// <summary>
/// An integration event about one child that belongs in the child's file (一人一档). Any service's contract that
/// implements it lands on the child's timeline in the registry, with no change to the registry: MassTransit
/// publishes a message to the exchanges of the interfaces it implements too.
/// </summary>
public interface IChildFileEvent
{
    /// <summary>The child's registry id.</summary>
    Guid ChildId { get; }

    /// <summary>When it happened (not when it was published).</summary>
    DateTimeOffset OccurredAt { get; }

    /// <summary>The department that recorded it, e.g. <c>police</c>, <c>court</c>, <c>visits</c>.</summary>
    string FileSource { get; }

    /// <summary>One line for the timeline, without names or ID numbers (e.g. "Guardian admonished by the police").</summary>
    string FileSummary { get; }
}
