using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>One page of a service's audit entries, newest first.</summary>
public sealed record AuditPage(string Service, IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, long Total);

/// <summary>What an auditor asks for: one child's entries (or all), between two instants, one page.</summary>
public sealed record AuditQuery(Guid? Child, DateTimeOffset? From, DateTimeOffset? To, int Page, int PageSize);

/// <summary>Reads <c>audit.entries</c> for auditors, limited to entries of callers within the auditor's region.</summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    public async Task<AuditPage> ReadAsync(string service, Caller auditor, AuditQuery query, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT at, service, actor, department, role, region, action, child_id, purpose, outcome, status, detail, correlation_id,
                   count(*) OVER ()
            FROM audit.entries
            WHERE service = @service
              AND (@child IS NULL OR child_id = @child)
              AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to)
              AND (@all OR starts_with(region, @region))
            ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset
            """);
        cmd.Parameters.AddWithValue("service", service);
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlDbType.Uuid) { Value = (object?)query.Child ?? DBNull.Value });
        // Npgsql writes timestamptz from UTC instants only: a date is midnight China time (+08:00), an instant any offset.
        cmd.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)query.From?.ToUniversalTime() ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)query.To?.ToUniversalTime() ?? DBNull.Value });
        cmd.Parameters.AddWithValue("all", auditor.SeesAllRegions);
        cmd.Parameters.AddWithValue("region", auditor.Region);
        cmd.Parameters.AddWithValue("limit", query.PageSize);
        cmd.Parameters.AddWithValue("offset", (query.Page - 1) * query.PageSize);
        var entries = new List<AuditEntry>();
        long total = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetGuid(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9), reader.GetInt32(10),
                reader.IsDBNull(11) ? null : reader.GetString(11), reader.GetString(12)));
            total = reader.GetInt64(13);
        }
        return new AuditPage(service, entries, query.Page, query.PageSize, total);
    }
}
