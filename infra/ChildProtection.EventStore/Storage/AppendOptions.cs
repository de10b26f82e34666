using Npgsql;

namespace ChildProtection.EventStore.Storage;

/// <summary>Extra work done in the append's transaction, after the events are written.</summary>
/// <param name="Inbox">Marks a received message handled, so a redelivery is skipped (the inbox).</param>
/// <param name="InTransaction">Any further same-transaction write, e.g. a uniqueness claim.</param>
public sealed record AppendOptions(
    InboxMark? Inbox = null,
    Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task>? InTransaction = null);

/// <summary>The consumer and message that an append handles.</summary>
public sealed record InboxMark(string Consumer, Guid MessageId);
