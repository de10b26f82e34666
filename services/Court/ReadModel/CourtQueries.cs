using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Court.ReadModel;

/// <summary>A proceeding in a list: no names, no facts.</summary>
public sealed record ProceedingRow(Guid Id, string Kind, Guid ChildId, string RegionCode, string Status, bool Urgent, DateTimeOffset? DueAt, bool Overdue,
    bool EscalatedToPresident, DateTimeOffset OpenedAt);

/// <summary>Queries on the read model: lists, the president's view, procuratorate support, open petitions and duties.</summary>
public sealed class CourtQueries(NpgsqlDataSource db, ServiceSchema schema)
{
    private string S => schema.Name;

    public async Task<IReadOnlyList<ProceedingRow>> ListAsync(Caller caller, string? kind, bool presidentOnly, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT id, kind, child_id, region_code, status, urgent, due_at, overdue, president, opened_at FROM {S}.proceedings
            WHERE (@all OR region_code LIKE @prefix) AND (@kind::text IS NULL OR kind = @kind) AND (NOT @president OR (president AND status = 'applied'))
            ORDER BY due_at NULLS LAST, opened_at LIMIT 500
            """);
        cmd.Parameters.AddWithValue("all", caller.SeesAllRegions);
        cmd.Parameters.AddWithValue("prefix", caller.Region + "%");
        cmd.Parameters.Add(new NpgsqlParameter("kind", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)kind ?? DBNull.Value });
        cmd.Parameters.AddWithValue("president", presidentOnly);
        var rows = new List<ProceedingRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            rows.Add(new ProceedingRow(r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetBoolean(7), r.GetBoolean(8), r.GetFieldValue<DateTimeOffset>(9)));
        return rows;
    }

    /// <summary>The procuratorate's latest support of a revocation suit for the child, if any.</summary>
    public async Task<Guid?> ProcuratorateSupportAsync(Guid childId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT lawsuit_id FROM {S}.procuratorate_support WHERE child_id = @child ORDER BY recorded_at DESC LIMIT 1");
        cmd.Parameters.AddWithValue("child", childId);
        return await cmd.ExecuteScalarAsync(ct) as Guid?;
    }

    public Task<List<Guid>> OpenPetitionsAsync(Guid childId, CancellationToken ct) =>
        IdsAsync(childId, "revocation", "status IN ('filed', 'hearing-scheduled')", ct);

    public Task<List<Guid>> OpenDutiesAsync(Guid childId, CancellationToken ct) =>
        IdsAsync(childId, "revocation-duty", "status = 'awaiting-petition'", ct);

    private async Task<List<Guid>> IdsAsync(Guid childId, string kind, string condition, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT id FROM {S}.proceedings WHERE child_id = @child AND kind = @kind AND {condition}");
        cmd.Parameters.AddWithValue("child", childId);
        cmd.Parameters.AddWithValue("kind", kind);
        var ids = new List<Guid>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetGuid(0));
        return ids;
    }
}

public static class ProceedingEndpoints
{
    /// <summary>GET /proceedings (the caller's region, optionally one kind) and GET /president/overdue-decisions (the president's view).</summary>
    public static RouteGroupBuilder MapProceedings(this RouteGroupBuilder api)
    {
        api.MapGet("/proceedings", async (HttpContext http, string? kind, CourtQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(Caller.From(http.User), kind, false, ct)));
        api.MapGet("/president/overdue-decisions", async (HttpContext http, CourtQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.ListAsync(Caller.From(http.User), "protection-order", true, ct)));
        return api;
    }
}
