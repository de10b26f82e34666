using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Police.ProtectionOrders;

/// <summary>A protection order the police enforce, as the court served it (no names: the child by registry id).</summary>
public sealed record EnforcedProtectionOrder(Guid OrderId, Guid ChildId, string RegionCode, IReadOnlyList<string> Measures,
    DateOnly ValidFrom, DateOnly ValidUntil, string Status, DateTimeOffset ServedAt);

public static class ProtectionOrderEndpoints
{
    /// <summary>
    /// <c>GET /protection-orders?region=&amp;childId=&amp;all=</c>: the orders in force in the caller's region (an order past its
    /// last day counts as ended even before the court's expiry event arrives); <c>all=true</c> adds revoked and expired ones.
    /// </summary>
    public static RouteGroupBuilder MapProtectionOrders(this RouteGroupBuilder group)
    {
        group.MapGet("/protection-orders", async Task<IResult> (string? region, Guid? childId, bool? all, HttpContext http,
            NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null && !RegionCodes.IsValidPrefix(region))
                return Problems.Validation(new Dictionary<string, string[]> { ["region"] = ["region is a 2–12 digit region-code prefix."] });
            var prefix = region ?? (caller.SeesAllRegions ? "" : caller.Region);
            if (!caller.SeesAllRegions && !prefix.StartsWith(caller.Region, StringComparison.Ordinal))
            {
                if (!caller.Region.StartsWith(prefix, StringComparison.Ordinal)) return Problems.Forbidden("The region is outside your jurisdiction.");
                prefix = caller.Region;
            }

            await using var cmd = db.CreateCommand($"""
                SELECT order_id, child_id, region_code, measures, valid_from, valid_until,
                       CASE WHEN status = 'in-force' AND valid_until < @today THEN 'expired' ELSE status END, served_at
                FROM {schema.Table(ProtectionOrdersTable.Name)}
                WHERE region_code LIKE @prefix || '%' AND (@child::uuid IS NULL OR child_id = @child)
                  AND (@all OR (status = 'in-force' AND valid_until >= @today))
                ORDER BY valid_until, order_id LIMIT 500
                """);
            cmd.Parameters.AddWithValue("prefix", prefix);
            cmd.Parameters.AddWithValue("today", ChinaDate.On(clock.GetUtcNow()));
            cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)childId ?? DBNull.Value });
            cmd.Parameters.AddWithValue("all", all ?? false);
            var items = new List<EnforcedProtectionOrder>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                items.Add(new EnforcedProtectionOrder(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<string[]>(3),
                    reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
            return TypedResults.Ok(new { items });
        }).WithName("ListEnforcedProtectionOrders");
        return group;
    }
}
