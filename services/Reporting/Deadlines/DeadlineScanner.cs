using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Reporting.Deadlines;

/// <summary>
/// Finds routings whose acceptance, handling or feedback deadline passed (by the <see cref="TimeProvider"/>) and records
/// each overdue once: the projection says which reports to load, the report's own state decides through the command step
/// (an overdue already recorded is never recorded again), and a department acting at that moment makes it decide again.
/// Any number of instances may scan at once: the stream's version settles who records what.
/// </summary>
public sealed class DeadlineScanner(NpgsqlDataSource db, ServiceSchema schema, StreamCommand command, TimeProvider clock, ILogger<DeadlineScanner> log)
{
    /// <summary>Scans once; returns how many overdue events were recorded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT DISTINCT report_id FROM {schema.Table("routings")}
            WHERE (status = 'awaiting-acceptance' AND accept_due < @now AND acceptance_overdue_at IS NULL)
               OR (status = 'accepted' AND outcome_due < @now AND handling_overdue_at IS NULL)
               OR (status = 'outcome-recorded' AND feedback_due < @now AND feedback_overdue_at IS NULL)
            LIMIT 1000
            """);
        cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
        var due = new List<Guid>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) due.Add(reader.GetGuid(0));

        var recorded = 0;
        foreach (var id in due)
        {
            var events = 0;
            try
            {
                var appended = await command.ApplyAsync(id, Report.Kind, (s, m) =>
                {
                    var decision = RecordOverdueRoutings.Decide(new RecordOverdueRoutings(m), s);
                    events = decision is Decision.Accepted accepted ? accepted.Events.Count : 0;
                    return decision;
                }, EventMetadata.ForSystem(), ct);
                if (!appended) continue;
            }
            catch (JasperFx.ConcurrencyException)
            {
                // The report kept changing under us; the next scan decides on its new state.
                continue;
            }
            recorded += events;
            PlatformMetrics.DeadlineBreached("report-handling", events);
        }
        if (recorded > 0) log.LogInformation("Deadline scan recorded {Count} overdue routings", recorded);
        return recorded;
    }
}
