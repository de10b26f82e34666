using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>Get one child and list children by region and category, always within the caller's jurisdiction; every read audited.</summary>
public static class ReadChildrenEndpoints
{
    private const string Columns = "id, name, gender, birth_date, region_code, household, categories, director_id, version, registered_at";

    public static RouteGroupBuilder MapReadChildren(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<IResult> (Guid id, string? reveal, HttpContext http, StreamCommand cmd, ChildViews views,
            CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (reveal is not (null or "nationalId" or "address"))
                return Problems.Validation("reveal", "The fields that can be revealed are 'nationalId' and 'address'.");
            var revealId = reveal == "nationalId";
            var revealAddress = reveal == "address";
            if (revealId && !NamePolicy.MayRevealNationalId(caller))
                return Problems.Forbidden("Your role does not need the clear national ID number.");
            if (revealAddress && !NamePolicy.MayRevealAddress(caller))
                return Problems.Forbidden("Your role does not need the child's home address.");
            if (revealId) AuditSubject.Note(http, "nationalId=revealed");
            if (revealAddress) AuditSubject.Note(http, "address=revealed");
            return await cmd.ReadAsync(http, id, Child.Kind, views.For(http, revealId, revealAddress), ct);
        }).RequireCaller().WithName("GetChild");

        group.MapGet("/", async Task<IResult> (string? region, string? category, int? page, int? pageSize, HttpContext http, NpgsqlDataSource db,
            ServiceSchema schema, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code.");
            if (category is not null && !CategoryCodes.All.Contains(category))
                return Problems.Validation("category", $"Category must be one of: {string.Join(", ", CategoryCodes.All)}.");
            var p = page ?? 1;
            var size = pageSize ?? 50;
            if (p < 1) return Problems.Validation("page", "Page starts at 1.");
            if (size is < 1 or > 200) return Problems.Validation("pageSize", "Page size must be between 1 and 200.");

            // Both the requested region and the caller's own jurisdiction must contain the child.
            var own = caller.SeesAllRegions ? "" : caller.Region;
            var requested = region ?? "";
            await using var cmd = db.CreateCommand($"""
                SELECT {Columns}, count(*) OVER () FROM {schema.Table("children")}
                WHERE region_code LIKE @own || '%' AND region_code LIKE @requested || '%'
                  AND (@category::text IS NULL OR @category = ANY (categories))
                ORDER BY region_code, registered_at, id
                LIMIT @limit OFFSET @offset
                """);
            cmd.Parameters.AddWithValue("own", own);
            cmd.Parameters.AddWithValue("requested", requested);
            cmd.Parameters.Add(new NpgsqlParameter("category", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)category ?? DBNull.Value });
            cmd.Parameters.AddWithValue("limit", size);
            cmd.Parameters.AddWithValue("offset", (p - 1) * size);
            var items = new List<ChildListItem>();
            long total = 0;
            var reveal = NamePolicy.MayReadFullName(caller);
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var name = reader.GetString(1);
                    items.Add(new ChildListItem(reader.GetGuid(0), reveal ? name : NamePolicy.Mask(name), !reveal, reader.GetString(2),
                        reader.GetFieldValue<DateOnly>(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<string[]>(6),
                        reader.IsDBNull(7) ? null : reader.GetGuid(7), reader.GetInt64(8), reader.GetFieldValue<DateTimeOffset>(9)));
                    total = reader.GetInt64(10);
                }
            }
            AuditSubject.Note(http, $"region={requested};category={category};count={items.Count}");
            return TypedResults.Ok(new ChildPage(items, p, size, total));
        }).RequireCaller().WithName("ListChildren");
        return group;
    }
}
