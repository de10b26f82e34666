using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Procuratorate.Cases.Reading;

/// <summary>A case in a list (no summary, no names).</summary>
public sealed record CaseListItem(Guid Id, string RegionCode, Guid? ChildId, string Source, string Status, string? Outcome, DateTimeOffset OpenedAt,
    int Instruments);

/// <summary>Reads the case tables of the read model, filtered by the caller's region.</summary>
public sealed class CaseReader(NpgsqlDataSource db, ServiceSchema schema)
{

    public async Task<IReadOnlyList<InstrumentSummary>> InstrumentsAsync(Guid caseId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT id, case_id, kind, status, addressee, due_on, issued_at FROM {schema.Table("instruments")} WHERE case_id = @case ORDER BY issued_at, id
            """);
        cmd.Parameters.AddWithValue("case", caseId);
        var list = new List<InstrumentSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new InstrumentSummary(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.GetFieldValue<DateTimeOffset>(6)));
        return list;
    }

    public async Task<IReadOnlyList<CaseListItem>> ListAsync(Caller caller, string? status, Guid? childId, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT c.id, c.region_code, c.child_id, c.source, c.status, c.outcome, c.opened_at,
                   (SELECT count(*)::int FROM {schema.Table("instruments")} i WHERE i.case_id = c.id)
            FROM {schema.Table("cases")} c
            WHERE (@all OR c.region_code LIKE @prefix || '%') AND (@status::text IS NULL OR c.status = @status) AND (@child::uuid IS NULL OR c.child_id = @child)
            ORDER BY c.opened_at DESC, c.id LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("all", caller.SeesAllRegions);
        cmd.Parameters.AddWithValue("prefix", caller.SeesAllRegions ? "" : caller.Region);
        cmd.Parameters.Add(new NpgsqlParameter("status", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)childId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("limit", limit);
        var list = new List<CaseListItem>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new CaseListItem(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7)));
        return list;
    }
}
