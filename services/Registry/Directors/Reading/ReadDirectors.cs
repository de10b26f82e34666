using ChildProtection.Registry.Children;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.Http;
using Npgsql;

namespace ChildProtection.Registry.Directors.Reading;

/// <summary>Get one director and list directors by region, always within the caller's jurisdiction.</summary>
public static class ReadDirectorsEndpoints
{
    private const string Columns =
        "id, name, phone, village_code, real_name_registered, appointed_on, active, left_on, leave_reason, version, registered_at";

    /// <summary>Maps <c>GET /{id}</c> and <c>GET /?region=&amp;page=&amp;pageSize=</c>.</summary>
    public static RouteGroupBuilder MapReadDirectors(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, StaffPhones phones,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            await using var cmd = db.CreateCommand($"SELECT {Columns} FROM {schema.Table("directors")} WHERE id = @id");
            cmd.Parameters.AddWithValue("id", id);
            var found = await ReadAsync(db, schema, cmd, phones, caller, ct);
            if (found.Count == 0 || !caller.CanSee(found[0].VillageCode)) return Problems.NotFound("No such director in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(found[0].Version);
            return TypedResults.Ok(found[0]);
        }).RequireCaller().WithName("GetDirector");

        group.MapGet("/", async Task<IResult> (string? region, int? page, int? pageSize, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            StaffPhones phones, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (query, problem) = ListQuery.From(caller, region, page, pageSize);
            if (query is null) return problem!;
            await using var count = db.CreateCommand(
                $"SELECT count(*) FROM {schema.Table("directors")} WHERE village_code LIKE @own || '%' AND village_code LIKE @requested || '%'");
            await using var cmd = db.CreateCommand($"""
                SELECT {Columns} FROM {schema.Table("directors")}
                WHERE village_code LIKE @own || '%' AND village_code LIKE @requested || '%'
                ORDER BY village_code, registered_at, id
                LIMIT @limit OFFSET @offset
                """);
            foreach (var c in new[] { count, cmd })
            {
                c.Parameters.AddWithValue("own", query.Own);
                c.Parameters.AddWithValue("requested", query.Requested);
            }
            cmd.Parameters.AddWithValue("limit", query.PageSize);
            cmd.Parameters.AddWithValue("offset", query.Offset);
            var total = (long)(await count.ExecuteScalarAsync(ct))!;
            var items = await ReadAsync(db, schema, cmd, phones, caller, ct);
            return TypedResults.Ok(new ListPage<DirectorView>(items, query.Page, query.PageSize, total));
        }).RequireCaller().WithName("ListDirectors");
        return group;
    }

    // Directors first, then their trainings in one query, so a page costs two round trips.
    private static async Task<List<DirectorView>> ReadAsync(NpgsqlDataSource db, ServiceSchema schema, NpgsqlCommand directors, StaffPhones phones,
        Caller caller, CancellationToken ct)
    {
        var rows = new List<DirectorView>();
        await using (var r = await directors.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                rows.Add(new DirectorView(r.GetGuid(0), r.GetString(1), phones.For(caller, r.GetString(2)), r.GetString(3), r.GetBoolean(4),
                    r.GetFieldValue<DateOnly>(5), r.GetBoolean(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7),
                    r.IsDBNull(8) ? null : r.GetString(8), r.GetInt64(9), r.GetFieldValue<DateTimeOffset>(10), []));
            }
        }
        if (rows.Count == 0) return rows;

        await using var cmd = db.CreateCommand($"""
            SELECT director_id, id, date, title, hours, level, demonstration FROM {schema.Table("director_trainings")}
            WHERE director_id = ANY(@ids) ORDER BY date, recorded_at, id
            """);
        cmd.Parameters.AddWithValue("ids", rows.Select(d => d.Id).ToArray());
        var trainings = new List<(Guid Director, TrainingView Training)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
                trainings.Add((r.GetGuid(0), new TrainingView(r.GetGuid(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), r.GetDecimal(4),
                    r.GetString(5), r.GetBoolean(6))));
        }
        var byDirector = trainings.ToLookup(t => t.Director, t => t.Training);
        return [.. rows.Select(d => d with { Trainings = [.. byDirector[d.Id]] })];
    }
}
