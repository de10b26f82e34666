using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;

namespace ChildProtection.Police.Cases.Reading;

/// <summary>The cases list, kept inline (read-your-writes). Holds no free text and no names.</summary>
public sealed class CasesProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.cases (
                id uuid PRIMARY KEY,
                source text NOT NULL,
                report_id uuid NULL,
                routing_id uuid NULL,
                child_id uuid NULL,
                region_code text NOT NULL,
                kind text NOT NULL,
                status text NOT NULL,
                outcome text NULL,
                referred boolean NOT NULL DEFAULT false,
                opened_at timestamptz NOT NULL,
                ended_at timestamptz NULL,
                version bigint NOT NULL);
            CREATE INDEX IF NOT EXISTS cases_region ON {c.Schema}.cases (region_code text_pattern_ops);
            CREATE UNIQUE INDEX IF NOT EXISTS cases_routing ON {c.Schema}.cases (routing_id) WHERE routing_id IS NOT NULL;
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var (sql, id) = e.Data switch
            {
                CaseOpened o => ($"""
                    INSERT INTO {c.Schema}.cases (id, source, report_id, routing_id, child_id, region_code, kind, status, opened_at, version)
                    VALUES (@id, @source, @report, @routing, @child, @region, @kind, 'open', @at, @version)
                    """, o.CaseId),
                CaseKindDecided k => ($"UPDATE {c.Schema}.cases SET kind = @kind, version = @version WHERE id = @id", k.CaseId),
                CaseChildIdentified i => ($"UPDATE {c.Schema}.cases SET child_id = @child, version = @version WHERE id = @id", i.CaseId),
                CaseReferredToProcuratorate r => ($"UPDATE {c.Schema}.cases SET referred = true, version = @version WHERE id = @id", r.CaseId),
                CaseTransferred t => ($"UPDATE {c.Schema}.cases SET status = 'transferred', outcome = 'transferred', ended_at = @at, version = @version WHERE id = @id", t.CaseId),
                CaseClosed x => ($"UPDATE {c.Schema}.cases SET status = 'closed', outcome = @outcome, ended_at = @at, version = @version WHERE id = @id", x.CaseId),
                _ => (null, Guid.Empty),
            };
            if (sql is null) continue;
            await using var cmd = c.Command(sql);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("version", e.Version);
            switch (e.Data)
            {
                case CaseOpened o:
                    cmd.Parameters.AddWithValue("source", o.Source);
                    cmd.Parameters.AddWithValue("report", (object?)o.ReportId ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("routing", (object?)o.RoutingId ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("child", (object?)o.ChildId ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("region", o.RegionCode);
                    cmd.Parameters.AddWithValue("kind", o.Kind);
                    cmd.Parameters.AddWithValue("at", o.OpenedAt.ToUniversalTime());
                    break;
                case CaseKindDecided k: cmd.Parameters.AddWithValue("kind", k.Kind); break;
                case CaseChildIdentified i: cmd.Parameters.AddWithValue("child", i.ChildId); break;
                case CaseTransferred t: cmd.Parameters.AddWithValue("at", t.TransferredAt.ToUniversalTime()); break;
                case CaseClosed x:
                    cmd.Parameters.AddWithValue("outcome", x.Outcome);
                    cmd.Parameters.AddWithValue("at", x.ClosedAt.ToUniversalTime());
                    break;
            }
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
