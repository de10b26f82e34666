using ChildProtection.EventStore.Projections;
using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;
using ChildProtection.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChildProtection.EventStore.Tests;

public class SubscriptionTests
{
    [Fact]
    public async Task A_late_commit_at_a_lower_position_is_delivered_not_skipped()
    {
        await using var t = await new TestStore(o => o.AsyncProjections.Add(new CountingProjection())).InitAsync();
        var feed = new EventFeed(t.Store);
        var early = Guid.NewGuid();
        var late = Guid.NewGuid();
        var hold = new TaskCompletionSource();
        var inserted = new TaskCompletionSource();

        // The first append writes its rows (taking the lower position) and then waits before committing.
        var held = t.Store.StartStreamAsync(early, "thing", [new Noted(early, 1)], TestStore.Meta, new AppendOptions(
            InTransaction: async (_, _, _) => { inserted.SetResult(); await hold.Task; }));
        await inserted.Task;
        await t.Store.StartStreamAsync(late, "thing", [new Noted(late, 2)], TestStore.Meta);

        // While the first is open, the feed must not hand out the later one (that would move a checkpoint past the first).
        Assert.Empty(await feed.ReadAfterAsync(Checkpoint.Start, 100));

        hold.SetResult();
        await held;
        var all = await feed.ReadAfterAsync(Checkpoint.Start, 100);
        Assert.Equal([early, late], all.Select(e => e.StreamId));
        Assert.True(all[0].Position < all[1].Position);
    }

    [Fact]
    public async Task A_projection_running_during_a_late_commit_sees_every_event_exactly_once()
    {
        var projection = new CountingProjection();
        await using var t = await new TestStore(o => o.AsyncProjections.Add(projection)).InitAsync();
        var signal = new ChangeSignal();
        using var worker = new ProjectionWorker(projection, t.Store, signal, t.Options, NullLogger.Instance);
        await worker.StartAsync(default);
        try
        {
            var early = Guid.NewGuid();
            var hold = new TaskCompletionSource();
            var inserted = new TaskCompletionSource();
            var held = t.Store.StartStreamAsync(early, "thing", [new Noted(early, 1)], TestStore.Meta, new AppendOptions(
                InTransaction: async (_, _, _) => { inserted.SetResult(); await hold.Task; }));
            await inserted.Task;
            for (var i = 0; i < 10; i++)
            {
                var id = Guid.NewGuid();
                await t.Store.StartStreamAsync(id, "thing", [new Noted(id, 2)], TestStore.Meta);
            }
            signal.Set();
            await Task.Delay(300); // let the worker poll while the first append is still open
            hold.SetResult();
            await held;
            signal.Set();

            await Eventually.TrueAsync(async () => await Count(t, "seen") == 11, TimeSpan.FromSeconds(15), "all 11 events projected");
            Assert.Equal(21, await Scalar(t, "SELECT sum(total) FROM {0}.sums"));
        }
        finally
        {
            await worker.StopAsync(default);
        }
    }

    [Fact]
    public async Task Rebuilding_a_projection_from_zero_yields_the_same_read_model_as_the_live_one()
    {
        var projection = new CountingProjection();
        await using var t = await new TestStore(o => o.AsyncProjections.Add(projection)).InitAsync();
        var signal = new ChangeSignal();
        using var worker = new ProjectionWorker(projection, t.Store, signal, t.Options, NullLogger.Instance);
        await worker.StartAsync(default);
        try
        {
            var streams = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
            foreach (var (id, i) in streams.Select((id, i) => (id, i)))
            {
                await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "x")], TestStore.Meta);
                await t.Store.AppendAsync(id, "thing", 1, Enumerable.Range(1, i % 5 + 1).Select(n => (object)new Noted(id, n)).ToList(), TestStore.Meta);
            }
            signal.Set();
            var total = await Scalar(t, "SELECT count(*) FROM {0}.events");
            await Eventually.TrueAsync(async () => await Count(t, "seen") == total, TimeSpan.FromSeconds(15), "live projection caught up");
            var live = await Snapshot(t);

            var admin = new ProjectionAdmin(t.Store, t.Options, signal);
            await admin.RebuildAsync(projection.Name);
            await Eventually.TrueAsync(async () => await Count(t, "seen") == total, TimeSpan.FromSeconds(15), "rebuild caught up");

            Assert.Equal(live, await Snapshot(t));
            var lag = Assert.Single(await admin.LagAsync());
            Assert.Equal(0, lag.PendingEvents);
        }
        finally
        {
            await worker.StopAsync(default);
        }
    }

    [Fact]
    public async Task Only_one_of_two_workers_leads_and_the_standby_takes_over_when_the_leader_stops()
    {
        var projection = new CountingProjection();
        await using var t = await new TestStore(o => o.AsyncProjections.Add(projection)).InitAsync();
        using var a = new ProjectionWorker(projection, t.Store, new ChangeSignal(), t.Options, NullLogger.Instance);
        using var b = new ProjectionWorker(projection, t.Store, new ChangeSignal(), t.Options, NullLogger.Instance);
        await a.StartAsync(default);
        await Eventually.TrueAsync(() => a.IsLeader, TimeSpan.FromSeconds(10), "a leads");
        await b.StartAsync(default);
        await Task.Delay(1200);
        Assert.False(b.IsLeader);

        await a.StopAsync(default);
        await Eventually.TrueAsync(() => b.IsLeader, TimeSpan.FromSeconds(10), "b takes over");
        var id = Guid.NewGuid();
        await t.Store.StartStreamAsync(id, "thing", [new Noted(id, 4)], TestStore.Meta);
        await Eventually.TrueAsync(async () => await Count(t, "seen") == 1, TimeSpan.FromSeconds(10), "b projects");
        await b.StopAsync(default);
    }

    private static Task<long> Count(TestStore t, string table) => Scalar(t, $"SELECT count(*) FROM {{0}}.{table}");

    private static async Task<long> Scalar(TestStore t, string sql)
    {
        await using var cmd = t.DataSource.CreateCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, t.Options.Schema));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> Snapshot(TestStore t)
    {
        await using var cmd = t.DataSource.CreateCommand($"SELECT string_agg(stream_id::text || ':' || total || ':' || events, ',' ORDER BY stream_id) FROM {t.Options.Schema}.sums");
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}

public class FeedOrderTests
{
    [Fact]
    public async Task The_feed_orders_by_transaction_id_as_a_number_across_a_change_in_digit_count()
    {
        await using var t = await new TestStore().InitAsync();
        var stream = Guid.NewGuid();
        // Rows as transactions 9 and 10 would have written them (long finished on any cluster): as text, "10" sorts first.
        await using (var cmd = t.DataSource.CreateCommand($"""
            INSERT INTO {t.Options.Schema}.events (transaction_id, stream_id, version, event_id, type, data, metadata, recorded_at)
            VALUES ('10', @s, 2, gen_random_uuid(), 'test.noted.v1', jsonb_build_object('id', @s::text, 'n', 2), @m::jsonb, now()),
                   ('9', @s, 1, gen_random_uuid(), 'test.noted.v1', jsonb_build_object('id', @s::text, 'n', 1), @m::jsonb, now())
            """))
        {
            cmd.Parameters.AddWithValue("s", stream);
            cmd.Parameters.AddWithValue("m", System.Text.Json.JsonSerializer.Serialize(TestStore.Meta, EventTypes.Json));
            await cmd.ExecuteNonQueryAsync();
        }

        var feed = new ChildProtection.EventStore.Subscriptions.EventFeed(t.Store);
        var all = await feed.ReadAfterAsync(ChildProtection.EventStore.Subscriptions.Checkpoint.Start, 10);
        var afterFirst = await feed.ReadAfterAsync(ChildProtection.EventStore.Subscriptions.Checkpoint.After(all[0]), 10);

        Assert.Equal([9UL, 10UL], all.Select(e => e.TransactionId));
        Assert.Equal(10UL, Assert.Single(afterFirst).TransactionId);
    }
}
