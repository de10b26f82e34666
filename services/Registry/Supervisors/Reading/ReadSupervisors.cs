using ChildProtection.Registry.Children;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.Http;
using Npgsql;

namespace ChildProtection.Registry.Supervisors.Reading;

/// <summary>Get one supervisor and list supervisors by region, always within the caller's jurisdiction.</summary>
public static class ReadSupervisorsEndpoints
{
    private const string Columns = "id, name, phone, township_code, active, left_on, leave_reason, version, registered_at";

    /// <summary>Maps <c>GET /{id}</c> and <c>GET /?region=&amp;page=&amp;pageSize=</c>.</summary>
    public static RouteGroupBuilder MapReadSupervisors(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, StaffPhones phones,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            await using var cmd = db.CreateCommand($"SELECT {Columns} FROM {schema.Table("supervisors")} WHERE id = @id");
            cmd.Parameters.AddWithValue("id", id);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var found = await reader.ReadAsync(ct) ? Read(reader, phones, caller) : null;
            if (found is null || !caller.CanSee(found.TownshipCode)) return Problems.NotFound("No such supervisor in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(found.Version);
            return TypedResults.Ok(found);
        }).RequireCaller().WithName("GetSupervisor");

        group.MapGet("/", async Task<IResult> (string? region, int? page, int? pageSize, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            StaffPhones phones, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (query, problem) = ListQuery.From(caller, region, page, pageSize);
            if (query is null) return problem!;
            await using var cmd = db.CreateCommand($"""
                SELECT {Columns}, count(*) OVER () FROM {schema.Table("supervisors")}
                WHERE township_code LIKE @own || '%' AND township_code LIKE @requested || '%'
                ORDER BY township_code, registered_at, id
                LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("own", query.Own);
            cmd.Parameters.AddWithValue("requested", query.Requested);
            cmd.Parameters.AddWithValue("limit", query.PageSize);
            cmd.Parameters.AddWithValue("offset", query.Offset);
            var items = new List<SupervisorView>();
            long total = 0;
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    items.Add(Read(reader, phones, caller));
                    total = reader.GetInt64(9);
                }
            }
            return TypedResults.Ok(new ListPage<SupervisorView>(items, query.Page, query.PageSize, total));
        }).RequireCaller().WithName("ListSupervisors");
        return group;
    }

    private static SupervisorView Read(NpgsqlDataReader r, StaffPhones phones, Caller caller) => new(r.GetGuid(0), r.GetString(1),
        phones.For(caller, r.GetString(2)), r.GetString(3),
        r.GetBoolean(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt64(7),
        r.GetFieldValue<DateTimeOffset>(8));
}
