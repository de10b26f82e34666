using ChildProtection.Registry.Children;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.Http;
using Npgsql;

namespace ChildProtection.Registry.Villages.Reading;

/// <summary>Get one village by code and list villages by region, always within the caller's jurisdiction.</summary>
public static class ReadVillagesEndpoints
{
    private const string Columns = "id, code, name, version, registered_at";

    /// <summary>Maps <c>GET /{code}</c> and <c>GET /?region=&amp;page=&amp;pageSize=</c>.</summary>
    public static RouteGroupBuilder MapReadVillages(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}", async Task<IResult> (string code, HttpContext http, NpgsqlDataSource db, ServiceSchema schema, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (!caller.CanSee(code)) return Problems.NotFound("No such village in your jurisdiction.");
            await using var cmd = db.CreateCommand($"SELECT {Columns} FROM {schema.Table("villages")} WHERE code = @code");
            cmd.Parameters.AddWithValue("code", code);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) return Problems.NotFound("No such village in your jurisdiction.");
            var (village, version) = Read(reader);
            http.Response.Headers.ETag = ETags.Format(version);
            return TypedResults.Ok(VillageView.From(village, version));
        }).RequireCaller().WithName("GetVillage");

        group.MapGet("/", async Task<IResult> (string? region, int? page, int? pageSize, HttpContext http, NpgsqlDataSource db, ServiceSchema schema,
            CancellationToken ct) =>
        {
            var (query, problem) = ListQuery.From(Caller.From(http.User), region, page, pageSize);
            if (query is null) return problem!;
            await using var cmd = db.CreateCommand($"""
                SELECT {Columns}, count(*) OVER () FROM {schema.Table("villages")}
                WHERE code LIKE @own || '%' AND code LIKE @requested || '%'
                ORDER BY code
                LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("own", query.Own);
            cmd.Parameters.AddWithValue("requested", query.Requested);
            cmd.Parameters.AddWithValue("limit", query.PageSize);
            cmd.Parameters.AddWithValue("offset", query.Offset);
            var items = new List<VillageView>();
            long total = 0;
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (village, version) = Read(reader);
                    items.Add(VillageView.From(village, version));
                    total = reader.GetInt64(5);
                }
            }
            return TypedResults.Ok(new ListPage<VillageView>(items, query.Page, query.PageSize, total));
        }).RequireCaller().WithName("ListVillages");
        return group;
    }

    private static (Village Village, long Version) Read(NpgsqlDataReader r) =>
        (new Village(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(4)), r.GetInt64(3));
}
