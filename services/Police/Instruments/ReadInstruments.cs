using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Police.Instruments;

/// <summary>A row of a case's instruments: the named guardian or party masked.</summary>
public sealed record InstrumentListItem(Guid Id, string Kind, string Status, string? NamedPerson, DateTimeOffset IssuedAt,
    DateTimeOffset? DueAt, bool Overdue, string Href);

public static class ReadInstrumentsEndpoint
{
    /// <summary>
    /// <c>GET /api/police/cases/{id}/instruments</c>, and <c>GET /api/police/instruments/overdue</c> (flagged overdue and still
    /// unanswered: an answer stops the clock and clears <c>due_at</c>).
    /// </summary>
    public static RouteGroupBuilder MapReadInstruments(this RouteGroupBuilder group)
    {
        group.MapGet("/cases/{id:guid}/instruments", async Task<IResult> (Guid id, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            await using var check = db.CreateCommand($"SELECT region_code FROM {schema.Table("cases")} WHERE id = @id");
            check.Parameters.AddWithValue("id", id);
            if (await check.ExecuteScalarAsync(ct) is not string region || !caller.CanSee(region))
                return Problems.NotFound("No such case in your jurisdiction.");
            return TypedResults.Ok(await ListAsync(db, schema, "case_id = @id", p => p.AddWithValue("id", id), ct));
        }).WithName("ListPoliceCaseInstruments");

        group.MapGet("/instruments/overdue", async Task<IResult> (HttpContext http, NpgsqlDataSource db, ServiceSchema schema, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var prefix = caller.SeesAllRegions ? "" : caller.Region;
            return TypedResults.Ok(await ListAsync(db, schema, "overdue AND due_at IS NOT NULL AND region_code LIKE @prefix || '%'",
                p => p.AddWithValue("prefix", prefix), ct));
        }).WithName("ListOverduePoliceInstruments");
        return group;
    }

    /// <summary>The case an instrument of <paramref name="kind"/> was issued in; null when there is no such instrument.</summary>
    public static async Task<Guid?> CaseOfAsync(NpgsqlDataSource db, ServiceSchema schema, Guid id, string kind, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT case_id FROM {schema.Table("instruments")} WHERE id = @id AND kind = @kind");
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("kind", kind);
        return await cmd.ExecuteScalarAsync(ct) as Guid?;
    }

    private static async Task<List<InstrumentListItem>> ListAsync(NpgsqlDataSource db, ServiceSchema schema, string where,
        Action<NpgsqlParameterCollection> bind, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT id, kind, status, named_person_masked, issued_at, due_at, overdue FROM {schema.Table("instruments")}
            WHERE {where} ORDER BY issued_at, id
            """);
        bind(cmd.Parameters);
        var items = new List<InstrumentListItem>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kind = reader.GetString(1);
            var id = reader.GetGuid(0);
            items.Add(new InstrumentListItem(id, kind, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetBoolean(6), $"/api/police/{InstrumentKinds.RouteOf(kind)}/{id}"));
        }
        return items;
    }
}
