using ChildProtection.ServiceDefaults;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Reporting.Reports;
using Npgsql;

namespace ChildProtection.Reporting.Deadlines;

/// <summary>
/// Finds routings whose acceptance, handling or feedback deadline passed (by the <see cref="TimeProvider"/>) and records
/// each overdue once: the projection says which reports to load, the report's own state decides (an overdue already
/// recorded is never recorded again), and optimistic concurrency settles a race with a department acting at that moment.
/// </summary>
public sealed class DeadlineScanner(NpgsqlDataSource db, PostgresEventStore store, TimeProvider clock, ILogger<DeadlineScanner> log)
{
    /// <summary>Scans once; returns how many overdue events were recorded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var cmd = db.CreateCommand("""
            SELECT DISTINCT report_id FROM reporting.routings
            WHERE (status = 'awaiting-acceptance' AND accept_due < @now AND acceptance_overdue_at IS NULL)
               OR (status = 'accepted' AND outcome_due < @now AND handling_overdue_at IS NULL)
               OR (status = 'outcome-recorded' AND feedback_due < @now AND feedback_overdue_at IS NULL)
            LIMIT 1000
            """);
        cmd.Parameters.AddWithValue("now", now);
        var due = new List<Guid>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) due.Add(reader.GetGuid(0));

        var recorded = 0;
        foreach (var id in due)
        {
            var (state, version) = await store.AggregateStreamAsync<Report?>(id, null, Report.Evolve, ct);
            if (state is null) continue;
            var events = ReportDecisions.DetectOverdue(state, now);
            if (events.Count == 0) continue;
            try
            {
                await store.AppendAsync(id, ReportEventTypes.StreamType, version, events, EventMetadata.ForSystem(), ct: ct);
                recorded += events.Count;
                PlatformMetrics.DeadlineBreached("report-handling", events.Count);
            }
            catch (ConcurrencyException)
            {
                // A department acted on the report meanwhile; the next scan decides on the new state.
            }
        }
        if (recorded > 0) log.LogInformation("Deadline scan recorded {Count} overdue routings", recorded);
        return recorded;
    }
}
