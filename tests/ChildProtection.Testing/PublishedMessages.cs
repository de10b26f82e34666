using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.Testing;

/// <summary>
/// A bus of its own in a service's virtual host that collects what the service publishes, as another service would:
/// one temporary queue bound to the message types named.
/// </summary>
public sealed class PublishedMessages : IAsyncDisposable
{
    public ConcurrentBag<(Guid MessageId, object Message)> Messages { get; } = [];
    private readonly IHost _host;

    private PublishedMessages(IHost host) => _host = host;

    private sealed class Collector<T>(PublishedMessages published) : IConsumer<T> where T : class
    {
        public Task Consume(ConsumeContext<T> context)
        {
            published.Messages.Add((context.MessageId!.Value, context.Message));
            return Task.CompletedTask;
        }
    }

    /// <summary>Starts collecting <paramref name="messageTypes"/> on a queue named <c>{queuePrefix}-{guid}</c>.</summary>
    public static async Task<PublishedMessages> StartAsync(string virtualHost, string queuePrefix, params Type[] messageTypes)
    {
        var queue = $"{queuePrefix}-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        PublishedMessages? self = null;
        builder.Services.AddSingleton(_ => self!);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            foreach (var type in messageTypes)
                x.AddConsumer(typeof(Collector<>).MakeGenericType(type)).Endpoint(e => { e.Name = queue; e.Temporary = true; });
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, virtualHost, h => { h.Username("guest"); h.Password("guest"); });
                cfg.ConfigureEndpoints(ctx);
            });
        });
        var host = builder.Build();
        self = new PublishedMessages(host);
        await host.StartAsync();
        return self;
    }

    /// <summary>Waits until exactly one collected <typeparamref name="T"/> matches, and returns it.</summary>
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
