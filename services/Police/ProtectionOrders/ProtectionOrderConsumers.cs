using ChildProtection.Contracts.Court;
using MassTransit;
using Npgsql;

namespace ChildProtection.Police.ProtectionOrders;

/// <summary>An order served on the police enters the enforcement list (orders served only on the village committee do not).</summary>
public sealed class ProtectionOrderServedConsumer(NpgsqlDataSource db) : IConsumer<ProtectionOrderServed>
{
    public async Task Consume(ConsumeContext<ProtectionOrderServed> context)
    {
        var m = context.Message;
        if (!m.ServedOn.Contains("police")) return;
        await using var cmd = db.CreateCommand($"""
            INSERT INTO {ProtectionOrdersTable.Schema}.protection_orders
                (order_id, child_id, region_code, measures, valid_from, valid_until, status, served_at, changed_at)
            VALUES (@id, @child, @region, @measures, @from, @until, 'in-force', @at, @at)
            ON CONFLICT (order_id) DO NOTHING
            """);
        cmd.Parameters.AddWithValue("id", m.OrderId);
        cmd.Parameters.AddWithValue("child", m.ChildId);
        cmd.Parameters.AddWithValue("region", m.RegionCode);
        cmd.Parameters.AddWithValue("measures", m.Measures.ToArray());
        cmd.Parameters.AddWithValue("from", m.ValidFrom);
        cmd.Parameters.AddWithValue("until", m.ValidUntil);
        cmd.Parameters.AddWithValue("at", m.OccurredAt);
        await cmd.ExecuteNonQueryAsync(context.CancellationToken);
    }
}

/// <summary>An extension, change or revocation of an order the police enforce.</summary>
public sealed class ProtectionOrderVariedConsumer(NpgsqlDataSource db) : IConsumer<ProtectionOrderVaried>
{
    public async Task Consume(ConsumeContext<ProtectionOrderVaried> context)
    {
        var m = context.Message;
        // Only a change newer than the last one applied: redelivery and reordering leave the newest state.
        await using var cmd = db.CreateCommand($"""
            UPDATE {ProtectionOrdersTable.Schema}.protection_orders
            SET measures = @measures, valid_until = @until, status = CASE WHEN @change = 'revoked' THEN 'revoked' ELSE status END, changed_at = @at
            WHERE order_id = @id AND changed_at < @at
            """);
        cmd.Parameters.AddWithValue("id", m.OrderId);
        cmd.Parameters.AddWithValue("measures", m.Measures.ToArray());
        cmd.Parameters.AddWithValue("until", m.ValidUntil);
        cmd.Parameters.AddWithValue("change", m.Change);
        cmd.Parameters.AddWithValue("at", m.OccurredAt);
        await cmd.ExecuteNonQueryAsync(context.CancellationToken);
    }
}

/// <summary>An order that reached the end of its validity is no longer enforced.</summary>
public sealed class ProtectionOrderExpiredConsumer(NpgsqlDataSource db) : IConsumer<ProtectionOrderExpired>
{
    public async Task Consume(ConsumeContext<ProtectionOrderExpired> context)
    {
        await using var cmd = db.CreateCommand($"""
            UPDATE {ProtectionOrdersTable.Schema}.protection_orders SET status = 'expired', changed_at = GREATEST(changed_at, @at)
            WHERE order_id = @id AND status = 'in-force'
            """);
        cmd.Parameters.AddWithValue("id", context.Message.OrderId);
        cmd.Parameters.AddWithValue("at", context.Message.OccurredAt);
        await cmd.ExecuteNonQueryAsync(context.CancellationToken);
    }
}
