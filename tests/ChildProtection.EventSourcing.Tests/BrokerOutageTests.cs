using ChildProtection.Testing;

namespace ChildProtection.EventSourcing.Tests;

[CollectionDefinition(nameof(BrokerOutageCollection), DisableParallelization = true)]
public sealed class BrokerOutageCollection;

/// <summary>The outbox subscription waits out a broker outage: nothing appended meanwhile is lost or published twice.</summary>
[Collection(nameof(BrokerOutageCollection))]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Events_appended_while_RabbitMQ_is_down_are_all_published_once_it_is_back()
    {
        await using var host = await EventSourcingHost.StartAsync();
        var things = new List<Guid>();
        await LocalServers.StopRabbitAsync();
        try
        {
            for (var i = 0; i < 30; i++) things.Add(await host.OpenAsync(notes: 1));
            await Task.Delay(1500);
        }
        finally
        {
            await LocalServers.StartRabbitAsync();
        }

        var eventIds = new List<Guid>();
        await using (var session = host.Store.QuerySession())
            foreach (var id in things)
                eventIds.AddRange((await session.Events.FetchStreamAsync(id)).Where(e => e.Data is ThingNoted).Select(e => e.Id));
        Assert.Equal(30, eventIds.Count);
        await Eventually.TrueAsync(() => eventIds.All(host.Deliveries.ByMessageId.ContainsKey), TimeSpan.FromSeconds(90),
            "every event appended during the outage is published after it");
        await Task.Delay(1000);
        Assert.All(eventIds, id => Assert.Equal(1, host.Deliveries.ByMessageId[id]));
    }
}
