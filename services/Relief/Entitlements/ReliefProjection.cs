using System.Runtime.CompilerServices;
using System.Text.Json;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace ChildProtection.Relief.Entitlements;

/// <summary>
/// <c>children</c>: each child's folded relief state (jsonb) and version, written inline in the append's transaction, for
/// the coverage view. The state is a fold of the whole stream, so each event needs the state before it: the state this
/// projection folded earlier in the same batch, else the stored row (one version behind the event), else — when the row
/// is behind, as in a rebuild — the stream's stored events before it.
/// </summary>
public sealed class ReliefProjection : TableProjection
{
    public const string Children = "children";

    // What this projection folded per batch (the session or the daemon's batch it applies to), by child: the queued upserts
    // are not in the table yet, so a later event of the same child in the batch starts from here.
    private static readonly ConditionalWeakTable<IDocumentOperations, Dictionary<Guid, (ChildRelief? State, long Version)>> Batches = new();

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

    public override async ValueTask ApplyAsync(IDocumentOperations ops, IEvent e, CancellationToken cancellation)
    {
        var batch = Batches.GetOrCreateValue(ops);
        var before = batch.TryGetValue(e.StreamId, out var folded) && (e.Version == 0 || folded.Version == e.Version - 1)
            ? folded.State
            : await StoredBeforeAsync(ops, e, cancellation);
        var state = ChildRelief.Evolve(before, e.Data);
        batch[e.StreamId] = (state, e.Version);
        if (state is null) return;
        Sql(ops, """
            INSERT INTO {schema}.children (child_id, region_code, state, version, updated_at) VALUES (?, ?, ?::jsonb, ?, coalesce(?::timestamptz, now()))
            ON CONFLICT (child_id) DO UPDATE SET region_code = excluded.region_code, state = excluded.state, version = excluded.version,
                updated_at = excluded.updated_at
            """, e.StreamId, state.RegionCode, JsonSerializer.Serialize(state, EventJson.Options), e.Version,
            e.Timestamp == default ? (DateTimeOffset?)null : e.Timestamp);
    }

    private async Task<ChildRelief?> StoredBeforeAsync(IDocumentOperations ops, IEvent e, CancellationToken ct)
    {
        if (e.Version == 1) return null;
        var rows = await ops.AdvancedSql.QueryAsync<string>(
            $"SELECT jsonb_build_object('state', state, 'version', version)::text FROM {Schema.Table(Children)} WHERE child_id = ?", ct, e.StreamId);
        var (state, version) = rows.Count == 1 ? JsonSerializer.Deserialize<StoredRow>(rows[0], EventJson.Options)! : new StoredRow(null, 0);
        if (e.Version == 0 || version == e.Version - 1) return state;
        var events = await ops.Events.FetchStreamAsync(e.StreamId, e.Version - 1, token: ct);
        return events.Aggregate((ChildRelief?)null, (s, x) => ChildRelief.Evolve(s, x.Data));
    }

    private sealed record StoredRow(ChildRelief? State, long Version);

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
