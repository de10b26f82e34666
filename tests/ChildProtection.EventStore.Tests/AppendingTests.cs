using ChildProtection.EventStore.Storage;

namespace ChildProtection.EventStore.Tests;

public class AppendingTests
{
    [Fact]
    public async Task Appended_events_are_read_back_in_version_order_with_metadata()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        var meta = new EventMetadata("corr-1", "cause-1", new Actor("u1", "civil-affairs", "caseworker", "120116"), null);
        await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "a"), new Noted(id, 1)], meta);
        await t.Store.AppendAsync(id, "thing", 2, [new Noted(id, 2)], meta);

        var events = await t.Store.FetchStreamAsync(id);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.Equal(new Noted(id, 2), events[2].Data);
        Assert.Equal("test.noted.v1", events[2].Type);
        Assert.Equal(meta, events[0].Metadata);
    }

    [Fact]
    public async Task Two_concurrent_appends_at_the_same_expected_version_one_wins_the_other_conflicts()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "a")], TestStore.Meta);

        for (var round = 0; round < 20; round++)
        {
            var expected = 1 + round;
            var attempts = Enumerable.Range(0, 2).Select(n => Task.Run(() =>
                t.Store.AppendAsync(id, "thing", expected, [new Noted(id, n)], TestStore.Meta))).ToArray();
            var outcomes = await Task.WhenAll(attempts.Select(async a =>
            {
                try { await a; return "ok"; }
                catch (ConcurrencyException) { return "conflict"; }
            }));
            Assert.Equal(1, outcomes.Count(o => o == "ok"));
            Assert.Equal(1, outcomes.Count(o => o == "conflict"));
        }

        var versions = (await t.Store.FetchStreamAsync(id)).Select(e => e.Version).ToList();
        Assert.Equal(Enumerable.Range(1, 21).Select(v => (long)v), versions);
    }

    [Fact]
    public async Task Starting_a_stream_that_exists_is_a_conflict_and_writes_nothing()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "a")], TestStore.Meta);

        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            t.Store.StartStreamAsync(id, "thing", [new Opened(id, "b")], TestStore.Meta));
        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            t.Store.AppendAsync(Guid.NewGuid(), "thing", 3, [new Noted(id, 1)], TestStore.Meta));

        Assert.Single(await t.Store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task Append_at_any_version_creates_or_extends_the_stream()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        await t.Store.AppendAsync(id, "thing", null, [new Noted(id, 1)], TestStore.Meta);
        var result = await t.Store.AppendAsync(id, "thing", null, [new Noted(id, 2), new Noted(id, 3)], TestStore.Meta);

        Assert.Equal(3, result.NextVersion);
        Assert.Equal([1, 2, 3], (await t.Store.FetchStreamAsync(id)).Select(e => ((Noted)e.Data).N));
    }

    [Fact]
    public async Task Aggregate_folds_the_stream_with_evolve_and_returns_its_version()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "a"), new Noted(id, 5), new Noted(id, 7)], TestStore.Meta);

        var (sum, version) = await t.Store.AggregateStreamAsync(id, 0, (s, e) => e is Noted n ? s + n.N : s);
        var (_, missing) = await t.Store.AggregateStreamAsync(Guid.NewGuid(), 0, (s, _) => s);

        Assert.Equal(12, sum);
        Assert.Equal(3, version);
        Assert.Equal(PostgresEventStore.NewStream, missing);
    }

    [Fact]
    public async Task An_unregistered_event_type_is_refused_before_anything_is_written()
    {
        await using var t = await new TestStore().InitAsync();
        var id = Guid.NewGuid();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            t.Store.StartStreamAsync(id, "thing", [new { Unregistered = true }], TestStore.Meta));
        Assert.Empty(await t.Store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task Old_event_shapes_are_read_through_their_upcaster()
    {
        await using var t = await new TestStore(o => o.Events.Upcast("test.noted.v0",
            json => new Noted(json.GetProperty("id").GetGuid(), int.Parse(json.GetProperty("count").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))).InitAsync();
        var id = Guid.NewGuid();
        await t.Store.StartStreamAsync(id, "thing", [new Opened(id, "a")], TestStore.Meta);
        await using (var cmd = t.DataSource.CreateCommand($$"""
            INSERT INTO {{t.Options.Schema}}.events (stream_id, version, event_id, type, data, metadata, recorded_at)
            VALUES (@id, 2, gen_random_uuid(), 'test.noted.v0', jsonb_build_object('id', @id::text, 'count', '9'), @meta::jsonb, now())
            """))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("meta", "{\"correlationId\":\"x\",\"actor\":{\"user\":\"u\",\"department\":\"d\",\"role\":\"r\",\"region\":\"12\"}}");
            await cmd.ExecuteNonQueryAsync();
        }

        var events = await t.Store.FetchStreamAsync(id);

        Assert.Equal(new Noted(id, 9), events[1].Data);
    }
}
