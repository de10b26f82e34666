using System.Text.Json;
using ChildProtection.Relief.Entitlements;
using ChildProtection.ServiceDefaults.EventSourcing;
using Marten;
using Npgsql;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ChildProtection.Relief.Facts;

/// <summary>
/// <c>child_facts</c>: what Relief knows of each child from other services' events, one jsonb document per child. Written
/// only by the facts consumer, in the session that also appends the child's re-assessment and saves the inbox mark.
/// </summary>
public sealed class ChildFactsTable(NpgsqlDataSource db, ServiceSchema schema)
{
    public const string Name = "child_facts";

    /// <summary>The table, created and migrated by Marten with the event store (it is no projection: a rebuild leaves it alone).</summary>
    public static Table Define(ServiceSchema schema)
    {
        var table = new Table(new PostgresqlObjectName(schema.Name, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("child_id").AsPrimaryKey();
        table.AddColumn("region_code", "text").AllowNulls();
        table.AddColumn("facts", "jsonb").NotNull();
        table.AddColumn<DateTimeOffset>("updated_at").NotNull().DefaultValueByExpression("now()");
        return table;
    }

    public async Task<ChildFacts?> ReadAsync(Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT facts FROM {schema.Table(Name)} WHERE child_id = @id");
        cmd.Parameters.AddWithValue("id", childId);
        return await cmd.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<ChildFacts>(json, EventJson.Options) : null;
    }

    /// <summary>Every child with a known region.</summary>
    public async Task<IReadOnlyList<ChildFacts>> AllAsync(CancellationToken ct) =>
        [.. (await WithRecordsAsync(ct)).Select(f => f.Facts)];

    /// <summary>Every child with a known region, and whether Relief keeps a relief record for the child yet (for the daily re-assessment).</summary>
    public async Task<IReadOnlyList<(ChildFacts Facts, bool HasRecord)>> WithRecordsAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT f.facts, r.child_id IS NOT NULL FROM {schema.Table(Name)} f LEFT JOIN {schema.Table(ReliefProjection.Children)} r ON r.child_id = f.child_id
            WHERE f.region_code IS NOT NULL ORDER BY f.child_id
            """);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<(ChildFacts, bool)>();
        while (await r.ReadAsync(ct)) list.Add((JsonSerializer.Deserialize<ChildFacts>(r.GetString(0), EventJson.Options)!, r.GetBoolean(1)));
        return list;
    }

    /// <summary>Queues the child's facts in <paramref name="session"/>: written when the session saves, with its events and inbox mark.</summary>
    public void Upsert(IDocumentOperations session, ChildFacts facts) =>
        session.QueueSqlCommand($"""
            INSERT INTO {schema.Table(Name)} (child_id, region_code, facts, updated_at) VALUES (?, ?::text, ?::jsonb, now())
            ON CONFLICT (child_id) DO UPDATE SET region_code = excluded.region_code, facts = excluded.facts, updated_at = now()
            """, facts.ChildId, facts.RegionCode!, JsonSerializer.Serialize(facts, EventJson.Options));
}
