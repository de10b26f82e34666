using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.Testing;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChildProtection.EventSourcing.Tests;

/// <summary>
/// An append whose transaction commits late is never skipped: Marten's daemon holds its high-water mark below a
/// sequence gap while any transaction that could still fill it is alive (Marten 9.23+), whatever the stale-gap threshold.
/// </summary>
public sealed class LateCommitTests
{
    [Fact]
    public async Task An_append_committed_after_the_stale_gap_threshold_is_published_and_projected_exactly_once()
    {
        await using var host = await EventSourcingHost.StartAsync();
        var late = await host.OpenAsync();
        var earlier = await host.OpenAsync(notes: 1);
        var threshold = ((Marten.DocumentStore)host.Store).Options.Projections.StaleSequenceThreshold;

        // Hold one append's transaction open: its sequence number is drawn, its row not yet visible.
        await using var conn = await host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var session = host.Store.LightweightSession(SessionOptions.ForTransaction(tx, false)))
        {
            session.Events.Append(late, new ThingNoted(late, 100));
            EventMetadata.ForSystem("late").ApplyTo(session);
            await session.SaveChangesAsync();
        }
        // Later appends commit meanwhile.
        var after = await host.OpenAsync(notes: 2);
        await Task.Delay(threshold + threshold + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_high_water_skips"));

        await tx.CommitAsync();

        await Eventually.TrueAsync(async () => await host.ScalarAsync("SELECT count(*) FROM {schema}.notes_log") == 4, TimeSpan.FromSeconds(30),
            "the late note and the others reach the async projection");
        var noteIds = await EventIdsAsync(host, "test.thing-noted.v1");
        await Eventually.TrueAsync(() => noteIds.All(host.Deliveries.ByMessageId.ContainsKey), TimeSpan.FromSeconds(30),
            "the late note and the others are published");
        await Task.Delay(500);
        Assert.All(noteIds, id => Assert.Equal(1, host.Deliveries.ByMessageId[id]));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM {{schema}}.notes_log WHERE thing_id = '{late}' AND n = 100"));
        Assert.Equal(2, await host.ScalarAsync($"SELECT count(*) FROM {{schema}}.notes_log WHERE thing_id = '{after}'"));
        Assert.Equal(1, await host.ScalarAsync($"SELECT count(*) FROM {{schema}}.notes_log WHERE thing_id = '{earlier}'"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM {schema}.mt_high_water_skips"));
    }

    private static async Task<List<Guid>> EventIdsAsync(EventSourcingHost host, string type)
    {
        await using var ds = NpgsqlDataSource.Create(host.Database.ConnectionString);
        await using var cmd = ds.CreateCommand($"SELECT id FROM {EventSourcingHost.Schema}.mt_events WHERE type = '{type}'");
        var ids = new List<Guid>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) ids.Add(r.GetGuid(0));
        return ids;
    }
}
