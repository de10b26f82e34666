using System.Text.Json;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using ChildProtection.Visits.Plans;
using JasperFx.Events;
using Marten;

namespace ChildProtection.Visits.Reading;

/// <summary>
/// <c>plans</c>: each plan's folded state and version, written inline in the append's transaction (read-your-writes) for the
/// due lists, the workload, the summary and the overdue scan. Due dates are not stored: they depend on the as-of date and the
/// pack, so reads compute them from the state.
/// </summary>
/// <remarks>
/// The state is the domain's own <see cref="Plan.Evolve"/> over the whole stream, which no single event carries: for each page
/// of events the projection loads the committed states of the page's plans in one query, folds the page's events onto them and
/// writes each plan once. Statements are only queued in the batch, never read back mid-apply.
/// </remarks>
public sealed class PlansProjection : TableProjection
{
    private sealed record Stored(Guid ChildId, Plan Plan, long Version);

    public PlansProjection(ServiceSchema schema) : base(schema, "plans")
    {
        Table("plans", t =>
        {
            t.AddColumn<Guid>("child_id").AsPrimaryKey();
            t.AddColumn("region_code", "text").NotNull();
            t.AddColumn<Guid>("director_id").AllowNulls();
            t.AddColumn<bool>("open").NotNull();
            t.AddColumn("state", "jsonb").NotNull();
            t.AddColumn<long>("version").NotNull();
            t.AddColumn<DateTimeOffset>("updated_at").NotNull();
            var region = RegionIndex("plans_region");
            region.Predicate = "open";
            t.Indexes.Add(region);
        });
    }

    protected override async Task ApplyPageAsync(IDocumentOperations ops, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var streams = events.Select(e => e.StreamId).Distinct().ToArray();
        var committed = (await ops.AdvancedSql.QueryAsync<string>(
                $"SELECT jsonb_build_object('childId', child_id, 'plan', state, 'version', version)::text FROM {Schema.Table("plans")} WHERE child_id = ANY(?)",
                cancellation, streams))
            .Select(json => JsonSerializer.Deserialize<Stored>(json, EventJson.Options)!)
            .ToDictionary(s => s.ChildId);
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            var plan = committed.GetValueOrDefault(stream.Key)?.Plan;
            var version = committed.GetValueOrDefault(stream.Key)?.Version ?? 0;
            foreach (var e in stream)
            {
                plan = Plan.Evolve(plan, e.Data);
                version = e.Version > 0 ? e.Version : version + 1;
            }
            if (plan is null) continue;
            var last = stream.Last();
            Sql(ops, """
                INSERT INTO {schema}.plans (child_id, region_code, director_id, open, state, version, updated_at)
                VALUES (?, ?, ?::uuid, ?, ?::jsonb, ?, coalesce(?::timestamptz, now()))
                ON CONFLICT (child_id) DO UPDATE SET region_code = excluded.region_code, director_id = excluded.director_id, open = excluded.open,
                    state = excluded.state, version = excluded.version, updated_at = excluded.updated_at
                """, plan.ChildId, plan.RegionCode, plan.DirectorId, plan.Open, JsonSerializer.Serialize(plan, EventJson.Options), version,
                last.Timestamp == default ? null : last.Timestamp);
        }
    }
}
