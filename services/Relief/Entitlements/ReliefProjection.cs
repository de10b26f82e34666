using System.Text.Json;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace ChildProtection.Relief.Entitlements;

/// <summary>
/// <c>children</c>: each child's folded relief state (jsonb) and version, written inline in the append's transaction, for
/// the coverage view. The state is a fold of the whole stream, which no single event carries: for each page of events the
/// projection reads the page's children's stored states in one query, folds the page's events onto them and writes each child
/// once. A stored state that is not the one just before the page (a rebuild from an empty table) is folded from the stream's
/// stored events instead.
/// </summary>
public sealed class ReliefProjection : TableProjection
{
    public const string Children = "children";

    public ReliefProjection(ServiceSchema schema) : base(schema, "relief-children")
    {
        Table(Children, t =>
        {
            t.AddColumn<Guid>("child_id").AsPrimaryKey();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn("state", "jsonb").NotNull();
            t.AddColumn<long>("version").NotNull();
            t.AddColumn<DateTimeOffset>("updated_at").NotNull();
            t.Indexes.Add(RegionIndex("children_region"));
        });
    }

    protected override async Task ApplyPageAsync(IDocumentOperations ops, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var streams = events.Select(e => e.StreamId).Distinct().ToArray();
        var stored = (await ops.AdvancedSql.QueryAsync<string>(
                $"SELECT jsonb_build_object('childId', child_id, 'state', state, 'version', version)::text FROM {Schema.Table(Children)} WHERE child_id = ANY(?)",
                cancellation, streams))
            .Select(json => JsonSerializer.Deserialize<StoredRow>(json, EventJson.Options)!)
            .ToDictionary(r => r.ChildId);
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            var first = stream.First();
            var row = stored.GetValueOrDefault(stream.Key);
            // Inline, quick appends carry no versions (0): the stored row is then the state before the page.
            var state = first.Version == 1 ? null
                : first.Version == 0 || (row is not null && row.Version == first.Version - 1) ? row?.State
                : (await ops.Events.FetchStreamAsync(stream.Key, first.Version - 1, token: cancellation))
                    .Aggregate((ChildRelief?)null, (s, x) => ChildRelief.Evolve(s, x.Data));
            foreach (var e in stream) state = ChildRelief.Evolve(state, e.Data);
            if (state is null) continue;
            var last = stream.Last();
            Sql(ops, """
                INSERT INTO {schema}.children (child_id, region_code, state, version, updated_at) VALUES (?, ?, ?::jsonb, ?, coalesce(?::timestamptz, now()))
                ON CONFLICT (child_id) DO UPDATE SET region_code = excluded.region_code, state = excluded.state, version = excluded.version,
                    updated_at = excluded.updated_at
                """, stream.Key, state.RegionCode, JsonSerializer.Serialize(state, EventJson.Options),
                last.Version > 0 ? last.Version : (row?.Version ?? 0) + stream.Count(),
                last.Timestamp == default ? (DateTimeOffset?)null : last.Timestamp);
        }
    }

    private sealed record StoredRow(Guid ChildId, ChildRelief? State, long Version);

    public static ChildRelief Read(string json) => JsonSerializer.Deserialize<ChildRelief>(json, EventJson.Options)!;
}

/// <summary>Queries on <c>children</c>.</summary>
public sealed class ReliefRecords(NpgsqlDataSource db, ServiceSchema schema)
{
    /// <summary>Every child's relief under a region prefix.</summary>
    public async Task<IReadOnlyList<ChildRelief>> UnderAsync(string prefix, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT state FROM {schema.Table(ReliefProjection.Children)} WHERE region_code LIKE @prefix ORDER BY child_id");
        cmd.Parameters.AddWithValue("prefix", prefix + "%");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<ChildRelief>();
        while (await r.ReadAsync(ct)) list.Add(ReliefProjection.Read(r.GetString(0)));
        return list;
    }
}
