using System.Text.Json;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Visits.Plans;
using Npgsql;
using NpgsqlTypes;

namespace ChildProtection.Visits.Reading;

/// <summary>A plan as stored in the read model, with its version.</summary>
public sealed record PlanRow(Plan Plan, long Version);

/// <summary>Reads the <c>plans</c> read model (<see cref="PlansProjection"/>).</summary>
public sealed class PlanRows(NpgsqlDataSource db, ServiceSchema schema)
{
    /// <summary>The open plans whose village starts with <paramref name="prefix"/> (all for ""), optionally of one director.</summary>
    public async Task<IReadOnlyList<PlanRow>> OpenAsync(string prefix, Guid? directorId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT state, version FROM {schema.Table("plans")}
            WHERE open AND region_code LIKE @prefix AND (@director IS NULL OR director_id = @director)
            ORDER BY region_code, child_id
            """);
        cmd.Parameters.AddWithValue("prefix", prefix + "%");
        cmd.Parameters.Add(new NpgsqlParameter("director", NpgsqlDbType.Uuid) { Value = (object?)directorId ?? DBNull.Value });
        var rows = new List<PlanRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            rows.Add(new PlanRow(JsonSerializer.Deserialize<Plan>(r.GetString(0), EventJson.Options)!, r.GetInt64(1)));
        return rows;
    }
}
