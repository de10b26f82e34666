using Npgsql;

namespace ChildProtection.EventStore.Storage;

/// <summary>Creates a service's event store tables. Idempotent: every instance runs it at start.</summary>
public static class EventStoreSchema
{
    /// <summary>Name of the NOTIFY channel the append signals for a schema.</summary>
    public static string Channel(string schema) => $"cp_events_{schema}";

    /// <summary>Creates the schema and tables if missing.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // DDL takes table locks that would queue behind open appends: skip it when everything exists.
        await using (var check = new NpgsqlCommand(
            $"SELECT to_regclass('{schema}.events_feed_order') IS NOT NULL AND to_regclass('{schema}.inbox') IS NOT NULL", conn))
        {
            if ((bool)(await check.ExecuteScalarAsync(ct))!) return;
        }
        // Two instances starting together would race on CREATE IF NOT EXISTS; a transaction-level lock serialises them.
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@k))", conn, tx))
        {
            lockCmd.Parameters.AddWithValue("k", "cp-schema:" + schema);
            await lockCmd.ExecuteNonQueryAsync(ct);
        }
        await using (var cmd = new NpgsqlCommand(Ddl(schema), conn, tx))
            await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static string Ddl(string s) => $"""
        CREATE SCHEMA IF NOT EXISTS {s};
        CREATE TABLE IF NOT EXISTS {s}.streams (
            id uuid PRIMARY KEY,
            type text NOT NULL,
            version bigint NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS {s}.events (
            position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
            stream_id uuid NOT NULL,
            version bigint NOT NULL,
            event_id uuid NOT NULL UNIQUE,
            type text NOT NULL,
            data jsonb NOT NULL,
            metadata jsonb NOT NULL,
            recorded_at timestamptz NOT NULL,
            UNIQUE (stream_id, version));
        CREATE INDEX IF NOT EXISTS events_feed_order ON {s}.events (transaction_id, position);
        CREATE TABLE IF NOT EXISTS {s}.subscriptions (
            name text PRIMARY KEY,
            transaction_id xid8 NOT NULL DEFAULT '0',
            position bigint NOT NULL DEFAULT 0,
            updated_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS {s}.inbox (
            consumer text NOT NULL,
            message_id uuid NOT NULL,
            handled_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (consumer, message_id));
        """;
}
