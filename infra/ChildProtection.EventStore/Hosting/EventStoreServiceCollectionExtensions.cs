using ChildProtection.EventStore.Inbox;
using ChildProtection.EventStore.Outbox;
using ChildProtection.EventStore.Projections;
using ChildProtection.EventStore.Storage;
using ChildProtection.EventStore.Subscriptions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ChildProtection.EventStore.Hosting;

/// <summary>Registers a service's event store, its outbox publisher and its projection daemon.</summary>
public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the event store for one schema. Needs an <see cref="NpgsqlDataSource"/> in DI, and MassTransit's
    /// <see cref="IBus"/> when <see cref="EventStoreOptions.Publisher"/> is set.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, Action<EventStoreOptions> configure)
    {
        var options = new EventStoreOptions();
        configure(options);
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PostgresEventStore>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<EventFeed>();
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<MessageInbox>();
        services.AddSingleton<ProjectionAdmin>();
        // Registered first so it runs before the workers below start reading.
        services.AddHostedService<EventStoreInitializer>();
        services.AddHostedService<EventNotificationListener>();
        if (options.Publisher is not null)
        {
            services.AddSingleton<OutboxPublisher>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<OutboxPublisher>());
        }
        foreach (var projection in options.AsyncProjections)
        {
            services.AddSingleton<IHostedService>(sp => new ProjectionWorker(projection,
                sp.GetRequiredService<PostgresEventStore>(), sp.GetRequiredService<ChangeSignal>(), options,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger($"Projection.{projection.Name}")));
        }
        return services;
    }
}
