using ChildProtection.ServiceDefaults;
using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.GuidanceOrders;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Recommendations;
using Npgsql;

namespace ChildProtection.Police.Deadlines;

/// <summary>
/// Finds instruments whose deadline passed unanswered (a recommendation's reply, a guidance order's completion) and
/// flags each overdue once: the decision refuses a second flag, and the append expects the version it read, so two
/// scanners racing append one event.
/// </summary>
public sealed class DeadlineScan(PostgresEventStore store, NpgsqlDataSource db, TimeProvider clock, ILogger<DeadlineScan> log)
{
    /// <summary>Runs one scan; returns how many instruments it flagged.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = new List<(Guid Id, string Kind)>();
        await using (var cmd = db.CreateCommand($"SELECT id, kind FROM {store.Schema}.instruments WHERE due_at <= @now AND NOT overdue ORDER BY due_at LIMIT 500"))
        {
            cmd.Parameters.AddWithValue("now", now);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) due.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        var flagged = 0;
        foreach (var (id, kind) in due)
        {
            var decision = kind switch
            {
                InstrumentKinds.Recommendation => await DecideAsync<Recommendation>(id, Recommendation.Evolve, s => FlagReplyOverdue.Decide(new(now), s), ct),
                InstrumentKinds.GuidanceOrder => await DecideAsync<GuidanceOrder>(id, GuidanceOrder.Evolve, s => FlagGuidanceOverdue.Decide(new(now), s), ct),
                _ => (null, 0),
            };
            if (decision is not (Decision.Accepted accepted, var version)) continue;
            try
            {
                await store.AppendAsync(id, InstrumentKinds.StreamTypeOf(kind), version, accepted.Events, EventMetadata.ForSystem(), ct: ct);
                flagged++;
                PlatformMetrics.DeadlineBreached($"police-{kind}");
                log.LogInformation("Police {Kind} {Id} is overdue", kind, id);
            }
            catch (ConcurrencyException)
            {
                // Answered or flagged meanwhile: the next scan decides again from the new state.
            }
        }
        return flagged;
    }

    private async Task<(Decision?, long)> DecideAsync<TState>(Guid id, Func<TState?, object, TState?> evolve, Func<TState, Decision> decide,
        CancellationToken ct) where TState : class
    {
        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        return state is null ? (null, version) : (decide(state), version);
    }
}
