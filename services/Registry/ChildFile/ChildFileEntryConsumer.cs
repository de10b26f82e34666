using ChildProtection.Contracts.ChildFile;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using Marten;
using MassTransit;

namespace ChildProtection.Registry.ChildFile;

/// <summary>
/// Files every other service's child-related event on the child's timeline: appends <see cref="ChildFileEntryReceived"/>
/// (entry id = message id) to the child's timeline stream, for a child this registry knows, and the
/// <see cref="ChildFileProjection"/> files it. Idempotent: the inbox mark commits with the append, so a redelivered
/// message is filed once. The registry's own events are filed from its own stream, not here.
/// </summary>
public sealed class ChildFileEntryConsumer(IDocumentStore store, TimeProvider clock, ILogger<ChildFileEntryConsumer> log)
    : IdempotentConsumer<IChildFileEvent>(store, clock)
{
    protected override string ConsumerName => "registry-child-file";

    protected override async Task HandleAsync(ConsumeContext<IChildFileEvent> context, IDocumentSession session)
    {
        var message = context.Message;
        if (message.FileSource == "registry") return;
        var type = context.SupportedMessageTypes.FirstOrDefault() ?? "unknown";
        if (await session.Events.FetchStreamStateAsync(message.ChildId, context.CancellationToken) is null)
        {
            log.LogWarning("A {Type} event about child {ChildId}, unknown to this registry, was not filed", type, message.ChildId);
            return;
        }
        session.Events.Append(ChildTimeline.StreamId(message.ChildId), new ChildFileEntryReceived(context.MessageId!.Value, message.ChildId,
            message.OccurredAt, Trim(message.FileSource, 40), Trim(type, 200), Trim(message.FileSummary, 500)));
    }

    private static string Trim(string? value, int max) => string.IsNullOrEmpty(value) ? "unknown" : value.Length <= max ? value : value[..max];
}
