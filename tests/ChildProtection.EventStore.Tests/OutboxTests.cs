using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Subscriptions;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ChildProtection.EventStore.Tests;

public sealed class NotedToMessage : IIntegrationEventMapper
{
    public IEnumerable<object> Map(StoredEvent stored) => stored.Data is Noted n ? [new TestNoted(n.Id, n.N)] : [];
}

/// <summary>Both tests stop or disturb shared servers, so they must not run beside the others.</summary>
[Collection(nameof(BrokerOutageCollection))]
public partial class OutboxTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task Events_appended_while_RabbitMQ_is_down_are_all_published_once_it_is_back()
    {
        var deliveries = new Deliveries();
        await using var rabbit = await RabbitTestHost.StartAsync(
            (x, queue) => x.AddConsumer<RecordingConsumer>().Endpoint(e => e.Name = queue),
            s => s.AddSingleton(deliveries));
        await using var t = await new TestStore(o => o.Publisher = new NotedToMessage()).InitAsync();
        using var publisher = new OutboxPublisher(t.Store, new ChangeSignal(), t.Options, rabbit.Bus, TestOutputLogger.For<OutboxPublisher>(output));

        var eventIds = new List<Guid>();
        await LocalServers.StopRabbitAsync();
        try
        {
            await publisher.StartAsync(default);
            for (var i = 0; i < 30; i++)
            {
                var id = Guid.NewGuid();
                var result = await t.Store.StartStreamAsync(id, "thing", [new Noted(id, i)], TestStore.Meta);
                eventIds.Add(result.Events[0].EventId);
            }
            await Task.Delay(1500);
        }
        finally
        {
            await LocalServers.StartRabbitAsync();
        }

        await Eventually.TrueAsync(() => eventIds.All(deliveries.ByMessageId.ContainsKey), TimeSpan.FromSeconds(60),
            "every event appended during the outage is published after it");
        await Task.Delay(500);
        Assert.All(eventIds, id => Assert.Equal(1, deliveries.ByMessageId[id]));
        await publisher.StopAsync(default);
    }

    [Fact]
    public async Task When_the_leading_publisher_dies_mid_batch_the_standby_takes_over_and_nothing_is_lost()
    {
        var deliveries = new Deliveries();
        await using var rabbit = await RabbitTestHost.StartAsync(
            (x, queue) => x.AddConsumer<RecordingConsumer>().Endpoint(e => e.Name = queue),
            s => s.AddSingleton(deliveries));
        await using var t = await new TestStore(o =>
        {
            o.Publisher = new NotedToMessage();
            o.BatchSize = 20;
        }).InitAsync();
        var leaderApp = $"publisher-a-{Guid.NewGuid():N}"[..30];
        await using var leaderSource = LocalServers.CreateDataSource(leaderApp);
        var leaderStore = new Storage.PostgresEventStore(leaderSource, t.Options, TimeProvider.System);
        // Two instances of a service: each has its own database sessions and its own broker connection.
        var leaderBus = await RabbitTestHost.StartAsync((_, _) => { });
        using var a = new OutboxPublisher(leaderStore, new ChangeSignal(), t.Options, leaderBus.Bus, TestOutputLogger.For<OutboxPublisher>(output));
        using var b = new OutboxPublisher(t.Store, new ChangeSignal(), t.Options, rabbit.Bus, TestOutputLogger.For<OutboxPublisher>(output));
        await a.StartAsync(default);
        await Eventually.TrueAsync(() => a.IsLeader, TimeSpan.FromSeconds(10), "a leads");
        await b.StartAsync(default);

        var eventIds = new List<Guid>();
        for (var i = 0; i < 400; i++)
        {
            var id = Guid.NewGuid();
            eventIds.Add((await t.Store.StartStreamAsync(id, "thing", [new Noted(id, i)], TestStore.Meta)).Events[0].EventId);
        }
        await Eventually.TrueAsync(() => deliveries.ByMessageId.Count >= 40, TimeSpan.FromSeconds(30), "a publishes some");

        // Kill the leader: its sessions die (releasing the advisory lock) and its loop stops, mid-batch.
        var stopping = a.StopAsync(default);
        await using (var kill = t.DataSource.CreateCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = @app"))
        {
            kill.Parameters.AddWithValue("app", leaderApp);
            await kill.ExecuteNonQueryAsync();
        }
        await stopping;
        await leaderBus.DisposeAsync();
        Assert.False(a.IsLeader);

        await Eventually.TrueAsync(() => b.IsLeader, TimeSpan.FromSeconds(10), "b takes over");
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} b leads; {deliveries.ByMessageId.Count} of {eventIds.Count} delivered so far");
        try
        {
            await Eventually.TrueAsync(() => eventIds.All(deliveries.ByMessageId.ContainsKey), TimeSpan.FromSeconds(60),
                "every event is published by one publisher or the other");
        }
        finally
        {
            await Diagnose(t, deliveries, eventIds, b);
        }
        Assert.Equal(eventIds.ToHashSet(), deliveries.ByMessageId.Keys.Where(eventIds.Contains).ToHashSet());
        await b.StopAsync(default);
    }
}

public partial class OutboxTests
{
    /// <summary>What the outbox and the database looked like when the test ended (printed only if it fails).</summary>
    private async Task Diagnose(TestStore t, Deliveries deliveries, List<Guid> eventIds, OutboxPublisher b)
    {
        var lag = await new CheckpointStore(t.Store).LagAsync(OutboxPublisher.SubscriptionName);
        output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} end: {eventIds.Count(deliveries.ByMessageId.ContainsKey)} of {eventIds.Count} delivered; " +
                         $"b leads: {b.IsLeader}; outbox pending {lag.PendingEvents}");
        await using var cmd = t.DataSource.CreateCommand(
            "SELECT coalesce(application_name,''), coalesce(state,''), coalesce(backend_xid::text,''), coalesce(backend_xmin::text,''), left(coalesce(query,''), 80) FROM pg_stat_activity WHERE backend_xid IS NOT NULL OR state LIKE 'idle in transaction%'");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            output.WriteLine($"  open transaction: app={reader.GetString(0)} state={reader.GetString(1)} xid={reader.GetString(2)} xmin={reader.GetString(3)} {reader.GetString(4)}");
        foreach (var missing in eventIds.Where(id => !deliveries.ByMessageId.ContainsKey(id)).Take(3))
        {
            await using var q = t.DataSource.CreateCommand($"SELECT position, transaction_id::text FROM {t.Options.Schema}.events WHERE event_id = @id");
            q.Parameters.AddWithValue("id", missing);
            await using var r = await q.ExecuteReaderAsync();
            if (await r.ReadAsync()) output.WriteLine($"  missing event at position {r.GetInt64(0)}, tx {r.GetString(1)}");
        }
        await using (var xids = t.DataSource.CreateCommand($"SELECT string_agg(position || ':' || transaction_id::text, ' ' ORDER BY position) FROM {t.Options.Schema}.events WHERE position IN (1, 2, 19, 20, 21, 22, 60, 100, 134, 135, 136, 137, 155, 156)"))
            output.WriteLine($"  position:xid {await xids.ExecuteScalarAsync()}");
        await using (var inv = t.DataSource.CreateCommand($"SELECT count(*) FROM {t.Options.Schema}.events a JOIN {t.Options.Schema}.events b ON a.position < b.position AND a.transaction_id > b.transaction_id"))
            output.WriteLine($"  xid/position inversions: {await inv.ExecuteScalarAsync()}");
        var checkpoint = await new CheckpointStore(t.Store).LoadAsync(OutboxPublisher.SubscriptionName);
        output.WriteLine($"  outbox checkpoint: tx {checkpoint.TransactionId}, position {checkpoint.Position}");
    }
}

[CollectionDefinition(nameof(BrokerOutageCollection), DisableParallelization = true)]
public sealed class BrokerOutageCollection;
