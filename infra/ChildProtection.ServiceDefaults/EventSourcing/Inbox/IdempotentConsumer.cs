using Marten;
using MassTransit;

namespace ChildProtection.ServiceDefaults.EventSourcing.Inbox;

/// <summary>
/// Base for MassTransit consumers that change state: the handler works in a Marten session that also saves the inbox
/// mark, with one <c>SaveChangesAsync</c>, so a redelivered message changes nothing and a racing duplicate fails on the
/// inbox key and is skipped. Events appended in the session carry <see cref="MessageMetadata.For"/>.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(IDocumentStore store, TimeProvider clock) : IConsumer<TMessage> where TMessage : class
{
    /// <summary>The consumer's stable name in the inbox (its queue name is a good choice).</summary>
    protected abstract string ConsumerName { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be de-duplicated.");
        var key = InboxMark.KeyOf(ConsumerName, messageId);
        var ct = context.CancellationToken;
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<InboxMark>(key, ct) is not null) return;
        MessageMetadata.For(context).ApplyTo(session);
        await HandleAsync(context, session);
        session.Insert(new InboxMark(key, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception)
        {
            // A concurrent delivery of the same message that committed first left its mark: its effect stands, ours rolled back.
            if (!await HandledAsync(key, ct)) throw;
        }
    }

    /// <summary>Handles the message by appending or queuing writes on <paramref name="session"/>; do not save it.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, IDocumentSession session);

    private async Task<bool> HandledAsync(string key, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<InboxMark>(key, ct) is not null;
    }
}
