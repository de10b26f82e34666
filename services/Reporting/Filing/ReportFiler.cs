using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults.EventSourcing;
using Marten;
using Npgsql;

namespace ChildProtection.Reporting.Filing;

/// <summary>Files a decided report, whoever files it (a person over HTTP, or the platform from a visit finding), in the caller's session.</summary>
public sealed class ReportFiler(NpgsqlDataSource db, ServiceSchema schema, PolicyPacks packs)
{
    public MandatoryReportingPolicy PolicyFor(string regionCode) => packs.Resolve(regionCode).MandatoryReporting;

    /// <summary>Reports about the same child filed within the region's duplicate window.</summary>
    public async Task<IReadOnlyList<EarlierReport>> EarlierAsync(ReportedChild child, DateTimeOffset now, MandatoryReportingPolicy policy, CancellationToken ct)
    {
        if (child.ChildId is null && child.Provisional is null) return [];
        await using var cmd = db.CreateCommand($"""
            SELECT id, situations FROM {schema.Table("reports")}
            WHERE (child_id = @child OR provisional_id = @provisional) AND filed_at >= @since ORDER BY filed_at
            """);
        cmd.Parameters.Add(new NpgsqlParameter("child", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)child.ChildId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("provisional", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)child.Provisional?.ProvisionalId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("since", now.AddDays(-policy.DuplicateWindowDays).ToUniversalTime());
        var earlier = new List<EarlierReport>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) earlier.Add(new EarlierReport(reader.GetGuid(0), reader.GetFieldValue<string[]>(1)));
        return earlier;
    }

    /// <summary>A provisional child already recorded with the same name and birth date in the same region, if any.</summary>
    public async Task<Guid?> ProvisionalIdAsync(string regionCode, string name, DateOnly? birthDate, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT id FROM {schema.Table("provisional_children")}
            WHERE region_code = @region AND name = @name AND birth_date IS NOT DISTINCT FROM @birth ORDER BY created_at LIMIT 1
            """);
        cmd.Parameters.AddWithValue("region", regionCode);
        cmd.Parameters.AddWithValue("name", name);
        cmd.Parameters.Add(new NpgsqlParameter("birth", NpgsqlTypes.NpgsqlDbType.Date) { Value = (object?)birthDate ?? DBNull.Value });
        return await cmd.ExecuteScalarAsync(ct) as Guid?;
    }

    /// <summary>
    /// Decides the new report and starts its stream in <paramref name="session"/>, which the caller saves (with its
    /// metadata, and whatever else must commit with the report); returns the events, or the rejection.
    /// </summary>
    public static Decision File(IDocumentSession session, FileReport command)
    {
        var decision = FileReport.Decide(command, null);
        if (decision is Decision.Accepted accepted) session.Events.StartStream(command.ReportId, accepted.Events);
        return decision;
    }
}
