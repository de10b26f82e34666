using ChildProtection.Registry.Audit;
using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>A page of children.</summary>
public sealed record ChildPage(IReadOnlyList<ChildView> Items, int Page, int PageSize, long Total);

/// <summary>Get one child and list children by region, always within the caller's jurisdiction; every read audited.</summary>
public static class ReadChildrenEndpoints
{
    private const string Columns = "id, name, gender, birth_date, region_code, household, version, registered_at";

    public static RouteGroupBuilder MapReadChildren(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, NpgsqlDataSource db, ReadAudit audit, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            await using var cmd = db.CreateCommand($"SELECT {Columns} FROM registry.children WHERE id = @id");
            cmd.Parameters.AddWithValue("id", id);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var found = await reader.ReadAsync(ct) ? Read(reader) : default;
            var visible = found.Child is not null && caller.CanSee(found.Child.Details.RegionCode);
            await audit.RecordAsync(caller, "child.read", visible ? id : null, visible ? "found" : "not-found", http.GetCorrelationId(), ct);
            if (!visible) return Problems.NotFound("No such child in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(found.Version);
            return TypedResults.Ok(ChildView.From(found.Child!, found.Version, caller));
        }).RequireCaller().WithName("GetChild");

        group.MapGet("/", async Task<IResult> (string? region, int? page, int? pageSize, HttpContext http, NpgsqlDataSource db, ReadAudit audit, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code.");
            var p = page ?? 1;
            var size = pageSize ?? 50;
            if (p < 1) return Problems.Validation("page", "Page starts at 1.");
            if (size is < 1 or > 200) return Problems.Validation("pageSize", "Page size must be between 1 and 200.");

            // Both the requested region and the caller's own jurisdiction must contain the child.
            var own = caller.SeesAllRegions ? "" : caller.Region;
            var requested = region ?? "";
            await using var cmd = db.CreateCommand($"""
                SELECT {Columns}, count(*) OVER () FROM registry.children
                WHERE region_code LIKE @own || '%' AND region_code LIKE @requested || '%'
                ORDER BY region_code, registered_at, id
                LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("own", own);
            cmd.Parameters.AddWithValue("requested", requested);
            cmd.Parameters.AddWithValue("limit", size);
            cmd.Parameters.AddWithValue("offset", (p - 1) * size);
            var items = new List<ChildView>();
            long total = 0;
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var (child, version) = Read(reader);
                    items.Add(ChildView.From(child!, version, caller));
                    total = reader.GetInt64(8);
                }
            }
            await audit.RecordAsync(caller, "children.list", null, $"region={requested};count={items.Count}", http.GetCorrelationId(), ct);
            return TypedResults.Ok(new ChildPage(items, p, size, total));
        }).RequireCaller().WithName("ListChildren");
        return group;
    }

    private static (Child? Child, long Version) Read(NpgsqlDataReader r) => (new Child(
        r.GetGuid(0),
        new ChildDetails(r.GetString(1), r.GetString(2) == "male" ? Gender.Male : Gender.Female,
            r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetString(5) == "rural" ? Household.Rural : Household.Urban),
        r.GetFieldValue<DateTimeOffset>(7)), r.GetInt64(6));
}
