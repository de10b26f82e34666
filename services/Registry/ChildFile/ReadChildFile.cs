using ChildProtection.Registry.Children;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Registry.ChildFile;

/// <summary>One entry of the child's timeline.</summary>
public sealed record FileEntry(long Position, DateTimeOffset OccurredAt, string Source, string Type, string Summary, string? RecordedBy);

/// <summary>A page of the child's file: the timeline, the problems found with their solutions, and the work log.</summary>
public sealed record ChildFilePage(Guid ChildId, IReadOnlyList<FileEntry> Entries, IReadOnlyList<FileProblem> Problems,
    IReadOnlyList<WorkLogEntry> WorkLog, int Page, int PageSize, long Total);

/// <summary>A work-log entry with its text (the timeline only says that one was written).</summary>
public sealed record WorkLogEntry(Guid NoteId, string Kind, string Text, DateOnly On, DateTimeOffset RecordedAt);

/// <summary>
/// Reads the child's file. The caller must state a purpose (header <c>X-Access-Purpose</c>); the audit middleware records
/// the read and holds the answer back until the record is written (fail closed).
/// </summary>
public sealed class ChildFileReader(NpgsqlDataSource db, ServiceSchema schema)
{
    public async Task<(bool Visible, IReadOnlyList<FileEntry> Entries, long Total)> ReadAsync(Caller caller, Guid childId,
        int offset, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using var find = new NpgsqlCommand($"SELECT region_code FROM {schema.Table("children")} WHERE id = @id", conn, tx);
        find.Parameters.AddWithValue("id", childId);
        var region = await find.ExecuteScalarAsync(ct) as string;
        var visible = caller.CanSee(region);
        var entries = new List<FileEntry>();
        long total = 0;
        if (visible)
        {
            await using var cmd = new NpgsqlCommand($"""
                SELECT position, occurred_at, source, type, summary, recorded_by, count(*) OVER ()
                FROM {schema.Table("child_file")} WHERE child_id = @id ORDER BY occurred_at, position LIMIT @limit OFFSET @offset
                """, conn, tx);
            cmd.Parameters.AddWithValue("id", childId);
            cmd.Parameters.AddWithValue("limit", limit);
            cmd.Parameters.AddWithValue("offset", offset);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                entries.Add(new FileEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
                total = reader.GetInt64(6);
            }
        }
        await tx.CommitAsync(ct);
        return (visible, entries, total);
    }
}
