using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Published = ChildProtection.Contracts.Registry;

namespace ChildProtection.Registry.Tests;

public class ChildRegisteredPublishingTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private sealed class Received : ConcurrentDictionary<Guid, (Guid MessageId, Published.ChildRegistered Message)>;

    private sealed class Consumer(Received received) : IConsumer<Published.ChildRegistered>
    {
        public Task Consume(ConsumeContext<Published.ChildRegistered> context)
        {
            received[context.Message.ChildId] = (context.MessageId!.Value, context.Message);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Registering_a_child_publishes_child_registered_through_the_outbox_without_the_name()
    {
        var received = new Received();
        var queue = $"test-registry-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(received);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<Consumer>().Endpoint(e => { e.Name = queue; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, registry.VirtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        using var host = builder.Build();
        await host.StartAsync();

        var response = await registry.Caseworker().PostAsJsonAsync("/api/registry/children",
            new { name = "赵小雨", gender = "female", birthDate = "2014-07-09", regionCode = "120116102305", household = "rural" });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await Eventually.TrueAsync(() => received.ContainsKey(id), TimeSpan.FromSeconds(30), "ChildRegistered published");
        var (messageId, message) = received[id];
        Assert.Equal("120116102305", message.RegionCode);
        Assert.Equal(new DateOnly(2014, 7, 9), message.BirthDate);
        Assert.Equal("female", message.Gender);
        Assert.Equal(1, await registry.Database.ScalarAsync($"SELECT count(*) FROM registry.mt_events WHERE id = '{messageId}' AND stream_id = '{id}'"));
        await host.StopAsync();
    }
}
