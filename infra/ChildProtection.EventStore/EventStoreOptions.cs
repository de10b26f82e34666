using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Projections;

namespace ChildProtection.EventStore;

/// <summary>How one service's event store is set up.</summary>
public sealed class EventStoreOptions
{
    /// <summary>The PostgreSQL schema that holds this service's streams (e.g. <c>registry</c>).</summary>
    public string Schema { get; set; } = "events";

    /// <summary>Stable names of the event types this service writes and reads.</summary>
    public EventTypes Events { get; } = new();

    /// <summary>Projections updated in the same transaction as the append.</summary>
    public List<IInlineProjection> InlineProjections { get; } = [];

    /// <summary>Projections updated asynchronously from the ordered feed, with checkpoints.</summary>
    public List<IAsyncProjection> AsyncProjections { get; } = [];

    /// <summary>Maps domain events to integration messages; null means the service publishes nothing.</summary>
    public IIntegrationEventMapper? Publisher { get; set; }

    /// <summary>
    /// Whether each append NOTIFYs subscribers (low latency). PostgreSQL serialises the commits of notifying
    /// transactions, so a write-heavy service may turn it off and rely on <see cref="PollInterval"/> alone.
    /// </summary>
    public bool NotifyOnAppend { get; set; } = true;

    /// <summary>Events read per batch by subscriptions.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a subscription waits for a notification before polling anyway.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a standby tries to take leadership, and a leader checks it still has it.</summary>
    public TimeSpan LeaseCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(Schema, "^[a-z][a-z0-9_]{0,62}$"))
            throw new InvalidOperationException($"Event store schema '{Schema}' must be a lower-case SQL identifier.");
    }
}
