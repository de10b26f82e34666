using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using Npgsql;

namespace ChildProtection.Registry.Matching;

/// <summary>A candidate match, with what matched.</summary>
public sealed record MatchCandidate(MatchRecord Child, double Score, IReadOnlyList<string> Reasons);

/// <summary>Finds registered children matching a query, within the caller's jurisdiction (an ID number is checked everywhere).</summary>
public sealed class ChildMatcher(NpgsqlDataSource db, ServiceSchema schema)
{
    public async Task<IReadOnlyList<MatchCandidate>> FindAsync(MatchQuery query, Caller caller, double minimumScore, CancellationToken ct)
    {
        // Candidates: the same blind index anywhere, or the same birth date within both the caller's and the query's region.
        var own = caller.SeesAllRegions ? "" : caller.Region;
        var region = query.RegionCode is { Length: 12 } village ? village[..6] : query.RegionCode ?? "";
        await using var cmd = db.CreateCommand($"""
            SELECT id, name, birth_date, region_code, national_id_index FROM {schema.Table("children")}
            WHERE (@index::text IS NOT NULL AND national_id_index = @index)
               OR (@birth::date IS NOT NULL AND birth_date = @birth AND region_code LIKE @own || '%' AND region_code LIKE @region || '%')
            LIMIT 500
            """);
        cmd.Parameters.Add(new NpgsqlParameter("index", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)query.BlindIndex ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("birth", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)query.BirthDate ?? DBNull.Value });
        cmd.Parameters.AddWithValue("own", own);
        cmd.Parameters.AddWithValue("region", region);
        var candidates = new List<MatchCandidate>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var record = new MatchRecord(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4));
            var (score, reasons) = MatchScoring.Score(query, record);
            if (score >= minimumScore) candidates.Add(new MatchCandidate(record, score, reasons));
        }
        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Child.Id)];
    }
}
