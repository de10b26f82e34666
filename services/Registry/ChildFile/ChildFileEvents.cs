using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;

namespace ChildProtection.Registry.ChildFile;

/// <summary>
/// Another service's event about the child (an <c>IChildFileEvent</c> message) was received for the child's file. Appended to
/// the child's timeline stream (<see cref="ChildTimeline"/>), never to the child's own stream: the child's version and ETag
/// do not move because another department filed something.
/// </summary>
/// <param name="EntryId">The message id: the entry's id on the timeline.</param>
/// <param name="Source">The department that recorded it (<c>police</c>, <c>visits</c> …).</param>
/// <param name="Type">The message type as received.</param>
/// <param name="Summary">One line without names or ID numbers.</param>
public sealed record ChildFileEntryReceived(Guid EntryId, Guid ChildId, DateTimeOffset OccurredAt, string Source, string Type, string Summary);

/// <summary>The child's timeline stream: what other services filed about the child.</summary>
public static class ChildTimeline
{
    /// <summary>
    /// The index under which the timeline stream's id is derived from the child's id (<see cref="DeterministicGuid.ForMessage"/>):
    /// fixed for ever, or received entries would be filed on a new stream. 1001 is the registry's; the outbox derives ids from
    /// event ids (not child ids) with small indexes.
    /// </summary>
    public const int StreamIndex = 1001;

    /// <summary>The timeline stream of child <paramref name="childId"/>.</summary>
    public static Guid StreamId(Guid childId) => DeterministicGuid.ForMessage(childId, StreamIndex);
}

/// <summary>The stable names of the child file's events.</summary>
public static class ChildFileEventTypes
{
    public static void Register(EventTypes types) => types
        .Register<ChildFileEntryReceived>("registry.child-file-entry-received.v1");
}
