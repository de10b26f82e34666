using ChildProtection.Police.GuidanceOrders;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Recommendations;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Police.Deadlines;

/// <summary>
/// Finds instruments whose deadline passed unanswered (a recommendation's reply, a guidance order's completion) and
/// flags each overdue once, through the command step for the platform's own work: the decision refuses a second flag,
/// and the append expects the version it read (decided again when someone appended in between), so two scanners racing
/// append one event.
/// </summary>
public sealed class DeadlineScan(StreamCommand command, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock, ILogger<DeadlineScan> log)
{
    /// <summary>Runs one scan; returns how many instruments it flagged.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var due = new List<(Guid Id, string Kind)>();
        await using (var cmd = db.CreateCommand($"SELECT id, kind FROM {schema.Table("instruments")} WHERE due_at <= @now AND NOT overdue ORDER BY due_at LIMIT 500"))
        {
            cmd.Parameters.AddWithValue("now", clock.GetUtcNow());
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) due.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        var flagged = 0;
        foreach (var (id, kind) in due)
        {
            try
            {
                if (!await FlagAsync(id, kind, ct)) continue;
            }
            catch (JasperFx.ConcurrencyException)
            {
                // Changed again and again meanwhile: the next scan decides from the new state.
                continue;
            }
            flagged++;
            PlatformMetrics.DeadlineBreached($"police-{kind}");
            log.LogInformation("Police {Kind} {Id} is overdue", kind, id);
        }
        return flagged;
    }

    private Task<bool> FlagAsync(Guid id, string kind, CancellationToken ct) => kind switch
    {
        InstrumentKinds.Recommendation => command.ApplyAsync(id, Recommendation.Kind,
            (s, m) => FlagReplyOverdue.Decide(new FlagReplyOverdue(m), s), EventMetadata.ForSystem(), ct),
        InstrumentKinds.GuidanceOrder => command.ApplyAsync(id, GuidanceOrder.Kind,
            (s, m) => FlagGuidanceOverdue.Decide(new FlagGuidanceOverdue(m), s), EventMetadata.ForSystem(), ct),
        _ => Task.FromResult(false),
    };
}
