using ChildProtection.EventStore.Storage;
using MassTransit;

namespace ChildProtection.EventStore.Inbox;

/// <summary>
/// Base for MassTransit consumers that change state: skips messages the inbox has seen, and passes the
/// handler the <see cref="InboxMark"/> to append with, so the effect and the mark commit together.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(MessageInbox inbox) : IConsumer<TMessage> where TMessage : class
{
    /// <summary>The consumer's stable name in the inbox (its queue name is a good choice).</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("Message without MessageId cannot be de-duplicated.");
        if (await inbox.HasHandledAsync(ConsumerName, messageId, context.CancellationToken)) return;
        try
        {
            await HandleAsync(context, new InboxMark(ConsumerName, messageId));
        }
        catch (DuplicateMessageException)
        {
            // A concurrent delivery of the same message committed first: its effect stands, ours is rolled back.
        }
    }

    /// <summary>Handles the message; pass <paramref name="mark"/> in <see cref="AppendOptions"/> of the append.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, InboxMark mark);
}
