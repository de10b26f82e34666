using ChildProtection.Contracts.Court;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using Marten;
using MassTransit;

namespace ChildProtection.Police.ProtectionOrders;

/// <summary>An order served on the police enters the enforcement list (orders served only on the village committee do not).</summary>
public sealed class ProtectionOrderServedConsumer(IDocumentStore store, TimeProvider clock, ServiceSchema schema)
    : IdempotentConsumer<ProtectionOrderServed>(store, clock)
{
    protected override string ConsumerName => "police-protection-order-served";

    protected override Task HandleAsync(ConsumeContext<ProtectionOrderServed> context, IDocumentSession session)
    {
        var m = context.Message;
        if (!m.ServedOn.Contains("police")) return Task.CompletedTask;
        session.QueueSqlCommand($"""
            INSERT INTO {schema.Table(ProtectionOrdersTable.Name)}
                (order_id, child_id, region_code, measures, valid_from, valid_until, status, served_at, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, 'in-force', ?, ?)
            ON CONFLICT (order_id) DO NOTHING
            """, m.OrderId, m.ChildId, m.RegionCode, m.Measures.ToArray(), m.ValidFrom, m.ValidUntil, m.OccurredAt.ToUniversalTime(),
            m.OccurredAt.ToUniversalTime());
        return Task.CompletedTask;
    }
}

/// <summary>An extension, change or revocation of an order the police enforce.</summary>
public sealed class ProtectionOrderVariedConsumer(IDocumentStore store, TimeProvider clock, ServiceSchema schema)
    : IdempotentConsumer<ProtectionOrderVaried>(store, clock)
{
    protected override string ConsumerName => "police-protection-order-varied";

    protected override Task HandleAsync(ConsumeContext<ProtectionOrderVaried> context, IDocumentSession session)
    {
        var m = context.Message;
        // Only a change newer than the last one applied: redelivery and reordering leave the newest state.
        session.QueueSqlCommand($"""
            UPDATE {schema.Table(ProtectionOrdersTable.Name)}
            SET measures = ?, valid_until = ?, status = CASE WHEN ?::text = 'revoked' THEN 'revoked' ELSE status END, changed_at = ?
            WHERE order_id = ? AND changed_at < ?
            """, m.Measures.ToArray(), m.ValidUntil, m.Change, m.OccurredAt.ToUniversalTime(), m.OrderId, m.OccurredAt.ToUniversalTime());
        return Task.CompletedTask;
    }
}

/// <summary>An order that reached the end of its validity is no longer enforced.</summary>
public sealed class ProtectionOrderExpiredConsumer(IDocumentStore store, TimeProvider clock, ServiceSchema schema)
    : IdempotentConsumer<ProtectionOrderExpired>(store, clock)
{
    protected override string ConsumerName => "police-protection-order-expired";

    protected override Task HandleAsync(ConsumeContext<ProtectionOrderExpired> context, IDocumentSession session)
    {
        session.QueueSqlCommand($"""
            UPDATE {schema.Table(ProtectionOrdersTable.Name)} SET status = 'expired', changed_at = GREATEST(changed_at, ?)
            WHERE order_id = ? AND status = 'in-force'
            """, context.Message.OccurredAt.ToUniversalTime(), context.Message.OrderId);
        return Task.CompletedTask;
    }
}
