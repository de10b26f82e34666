using Npgsql;

namespace ChildProtection.Police.ProtectionOrders;

/// <summary>
/// The court's personal-safety protection orders served on the police (ADVL art. 32: 人民法院作出人身安全保护令后，应当送达……
/// 公安机关以及居民委员会、村民委员会等有关组织), kept so officers can enforce them. Filled from the court's events; each
/// change is an idempotent upsert keyed by the order, so a redelivered message has no further effect.
/// </summary>
public sealed class ProtectionOrdersTable(NpgsqlDataSource db) : IHostedService
{
    public const string Schema = "police";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            CREATE TABLE IF NOT EXISTS {Schema}.protection_orders (
                order_id uuid PRIMARY KEY,
                child_id uuid NOT NULL,
                region_code text NOT NULL,
                measures text[] NOT NULL,
                valid_from date NOT NULL,
                valid_until date NOT NULL,
                status text NOT NULL,
                served_at timestamptz NOT NULL,
                changed_at timestamptz NOT NULL);
            CREATE INDEX IF NOT EXISTS protection_orders_region ON {Schema}.protection_orders (region_code text_pattern_ops);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
