using System.Collections.Concurrent;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Out = ChildProtection.Contracts.Relief;

namespace ChildProtection.Relief.Tests.Api;

/// <summary>A bus of its own in the service's virtual host that collects what Relief publishes, as another service would.</summary>
public sealed class Published : IAsyncDisposable
{
    public ConcurrentBag<(Guid MessageId, object Message)> Messages { get; } = [];
    private readonly IHost _host;

    private Published(IHost host) => _host = host;

    private sealed class Collector(Published published) : IConsumer<Out.ReliefCaseOpened>, IConsumer<Out.ReliefEntitlementStarted>,
        IConsumer<Out.ReliefTerminationProposed>, IConsumer<Out.ReliefReviewOverdue>
    {
        public Task Consume(ConsumeContext<Out.ReliefCaseOpened> c) => Add(c, c.Message);
        public Task Consume(ConsumeContext<Out.ReliefEntitlementStarted> c) => Add(c, c.Message);
        public Task Consume(ConsumeContext<Out.ReliefTerminationProposed> c) => Add(c, c.Message);
        public Task Consume(ConsumeContext<Out.ReliefReviewOverdue> c) => Add(c, c.Message);

        private Task Add(ConsumeContext c, object message)
        {
            published.Messages.Add((c.MessageId!.Value, message));
            return Task.CompletedTask;
        }
    }

    public static async Task<Published> StartAsync(string virtualHost)
    {
        var queue = $"test-relief-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        Published? self = null;
        builder.Services.AddSingleton(_ => self!);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<Collector>().Endpoint(e => { e.Name = queue; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, virtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        var host = builder.Build();
        self = new Published(host);
        await host.StartAsync();
        return self;
    }

    public async Task<T> SingleAsync<T>(Func<T, bool> match, string because)
    {
        await Eventually.TrueAsync(() => Messages.Any(m => m.Message is T t && match(t)), TimeSpan.FromSeconds(30), because);
        return Messages.Select(m => m.Message).OfType<T>().Single(match);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
