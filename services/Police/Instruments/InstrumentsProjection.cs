using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using ChildProtection.Police.Http;

namespace ChildProtection.Police.Instruments;

/// <summary>
/// Every instrument of every case in one list, kept inline: the case's instruments view, the masked lists and the
/// deadline scanner's work queue (<c>due_at</c> while the clock runs, <c>overdue</c> once flagged).
/// </summary>
public sealed class InstrumentsProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext c, CancellationToken ct)
    {
        await using var cmd = c.Command($"""
            CREATE TABLE IF NOT EXISTS {c.Schema}.instruments (
                id uuid PRIMARY KEY,
                case_id uuid NOT NULL,
                kind text NOT NULL,
                stream_type text NOT NULL,
                child_id uuid NULL,
                region_code text NOT NULL,
                status text NOT NULL,
                named_person_masked text NULL,
                issued_at timestamptz NOT NULL,
                due_at timestamptz NULL,
                overdue boolean NOT NULL DEFAULT false,
                version bigint NOT NULL);
            CREATE INDEX IF NOT EXISTS instruments_case ON {c.Schema}.instruments (case_id);
            CREATE INDEX IF NOT EXISTS instruments_due ON {c.Schema}.instruments (due_at) WHERE due_at IS NOT NULL AND NOT overdue;
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext c, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case IInstrumentIssued i:
                {
                    await using var cmd = c.Command($"""
                        INSERT INTO {c.Schema}.instruments (id, case_id, kind, stream_type, child_id, region_code, status, named_person_masked, issued_at, due_at, version)
                        VALUES (@id, @case, @kind, @type, @child, @region, @status, @person, @at, @due, @version)
                        """);
                    cmd.Parameters.AddWithValue("id", i.InstrumentId);
                    cmd.Parameters.AddWithValue("case", i.CaseId);
                    cmd.Parameters.AddWithValue("kind", i.InstrumentKind);
                    cmd.Parameters.AddWithValue("type", InstrumentKinds.StreamTypeOf(i.InstrumentKind));
                    cmd.Parameters.AddWithValue("child", (object?)i.ChildId ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("region", i.RegionCode);
                    cmd.Parameters.AddWithValue("status", i.InstrumentStatus);
                    cmd.Parameters.AddWithValue("person", i.NamedPerson is null ? DBNull.Value : Names.Mask(i.NamedPerson));
                    cmd.Parameters.AddWithValue("at", i.IssuedAt.ToUniversalTime());
                    cmd.Parameters.AddWithValue("due", (object?)i.DueAt?.ToUniversalTime() ?? DBNull.Value);
                    cmd.Parameters.AddWithValue("version", e.Version);
                    await cmd.ExecuteNonQueryAsync(ct);
                    break;
                }
                case IInstrumentChanged changed:
                {
                    await using var cmd = c.Command($"""
                        UPDATE {c.Schema}.instruments SET status = @status, version = @version,
                            due_at = CASE WHEN @stops THEN NULL ELSE due_at END WHERE id = @id
                        """);
                    cmd.Parameters.AddWithValue("id", changed.InstrumentId);
                    cmd.Parameters.AddWithValue("status", changed.InstrumentStatus);
                    cmd.Parameters.AddWithValue("stops", changed.StopsClock);
                    cmd.Parameters.AddWithValue("version", e.Version);
                    await cmd.ExecuteNonQueryAsync(ct);
                    break;
                }
                case IInstrumentOverdue overdue:
                {
                    await using var cmd = c.Command($"UPDATE {c.Schema}.instruments SET overdue = true, version = @version WHERE id = @id");
                    cmd.Parameters.AddWithValue("id", overdue.InstrumentId);
                    cmd.Parameters.AddWithValue("version", e.Version);
                    await cmd.ExecuteNonQueryAsync(ct);
                    break;
                }
            }
        }
    }
}
