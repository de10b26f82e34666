using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using ChildProtection.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.EventStore.Tests;

/// <summary>Every delivery a test consumer saw, by MessageId.</summary>
public sealed class Deliveries
{
    public ConcurrentDictionary<Guid, int> ByMessageId { get; } = new();
    public ConcurrentDictionary<Guid, Guid> StreamByMessageId { get; } = new();
    public int Total => ByMessageId.Values.Sum();

    public void Record(Guid messageId, Guid streamId)
    {
        ByMessageId.AddOrUpdate(messageId, 1, (_, n) => n + 1);
        StreamByMessageId[messageId] = streamId;
    }
}

public sealed class RecordingConsumer(Deliveries deliveries) : IConsumer<TestNoted>
{
    public Task Consume(ConsumeContext<TestNoted> context)
    {
        deliveries.Record(context.MessageId!.Value, context.Message.StreamId);
        return Task.CompletedTask;
    }
}

/// <summary>A MassTransit bus on the real local RabbitMQ with one durable queue for the test.</summary>
public sealed class RabbitTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RabbitTestHost(IHost host, string queue)
    {
        _host = host;
        Queue = queue;
    }

    public string Queue { get; }
    public IBus Bus => _host.Services.GetRequiredService<IBus>();
    public IServiceProvider Services => _host.Services;

    public static async Task<RabbitTestHost> StartAsync(Action<IBusRegistrationConfigurator, string> consumers,
        Action<IServiceCollection>? services = null)
    {
        var queue = $"test-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder();
        services?.Invoke(builder.Services);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            consumers(x, queue);
            x.UsingRabbitMq((ctx, cfg) =>
            {
                cfg.Host("127.0.0.1", (ushort)LocalServers.RabbitPort, "/", h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                });
                cfg.UseMessageRetry(r => r.Intervals(100, 200, 500));
                cfg.ConfigureEndpoints(ctx);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return new RabbitTestHost(host, queue);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        // Durable test queues survive a broker restart (that is why they are durable); remove them afterwards.
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        await http.DeleteAsync($"http://127.0.0.1:{LocalServers.RabbitManagementPort}/api/queues/%2F/{Queue}");
    }
}
