using ChildProtection.EventStore;
using ChildProtection.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Reporting.Failures;

/// <summary>
/// Harm known without a mandatory report (Minors Protection Law art. 117): who knew (the unit, or <c>unidentified</c> until
/// a department names it), since when, and what shows it (a police case, a visit).
/// </summary>
public sealed record FailureToReportRecorded(Guid RecordId, Guid? ChildId, string RegionCode, string UnitType, string? UnitName, string EvidenceSource,
    Guid? EvidenceId, DateTimeOffset KnownSince, string Note, DateTimeOffset RecordedAt, string RecordedBy);

public static class FailureEventTypes
{
    public const string StreamType = "failure-to-report";

    public static void Register(EventTypes types) => types.Register<FailureToReportRecorded>("reporting.failure-to-report-recorded.v1");
}

/// <summary>The accountability view's table.</summary>
public sealed class FailuresProjection : IInlineProjection
{
    public async Task EnsureSchemaAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command("""
            CREATE TABLE IF NOT EXISTS reporting.failures_to_report (
                id uuid PRIMARY KEY, child_id uuid, region_code text NOT NULL, unit_type text NOT NULL, unit_name text, evidence_source text NOT NULL,
                evidence_id uuid, known_since timestamptz NOT NULL, note text NOT NULL, recorded_at timestamptz NOT NULL, recorded_by text NOT NULL);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events.Select(s => s.Data).OfType<FailureToReportRecorded>())
        {
            await using var cmd = context.Command("""
                INSERT INTO reporting.failures_to_report VALUES (@id, @child, @region, @type, @name, @source, @evidence, @since, @note, @at, @by)
                ON CONFLICT (id) DO NOTHING
                """);
            cmd.Parameters.AddWithValue("id", e.RecordId);
            cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlDbType.Uuid) { Value = (object?)e.ChildId ?? DBNull.Value });
            cmd.Parameters.AddWithValue("region", e.RegionCode);
            cmd.Parameters.AddWithValue("type", e.UnitType);
            cmd.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = (object?)e.UnitName ?? DBNull.Value });
            cmd.Parameters.AddWithValue("source", e.EvidenceSource);
            cmd.Parameters.Add(new NpgsqlParameter("evidence", NpgsqlDbType.Uuid) { Value = (object?)e.EvidenceId ?? DBNull.Value });
            cmd.Parameters.AddWithValue("since", e.KnownSince.ToUniversalTime());
            cmd.Parameters.AddWithValue("note", e.Note);
            cmd.Parameters.AddWithValue("at", e.RecordedAt.ToUniversalTime());
            cmd.Parameters.AddWithValue("by", e.RecordedBy);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
