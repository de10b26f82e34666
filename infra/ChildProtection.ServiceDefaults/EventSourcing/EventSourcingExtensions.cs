using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Inbox;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using ChildProtection.ServiceDefaults.EventSourcing.Projections;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Weasel.Core;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>Marten as every service's event store, set up one way.</summary>
public static class EventSourcingExtensions
{
    /// <summary>How often a standby instance asks for the leadership of the daemon's projections and outbox.</summary>
    public static readonly TimeSpan LeadershipPolling = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Keeps the service's streams in Marten in schema <paramref name="schema"/> (Guid stream ids, quick appends, stable
    /// event names, correlation and causation ids and the actor and trace as headers), folds streams with the domain's
    /// <c>Evolve</c>, runs the async daemon hot/cold (one leader per service for async projections and the outbox
    /// subscription), and registers <see cref="StreamCommand"/>, <see cref="ProjectionOperations"/> and the schema.
    /// Needs <see cref="PostgresExtensions.AddPostgres{TBuilder}"/> (the data source) and, when the service publishes, messaging.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventSourcing<TBuilder>(this TBuilder builder,
        string schema, Action<EventSourcingOptions> configure) where TBuilder : IHostApplicationBuilder
    {
        var options = new EventSourcingOptions(schema);
        configure(options);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Schema);
        services.TryAddSingleton(TimeProvider.System);
        // Registered before Marten's own hosted services, so the schema exists before the daemon starts reading.
        services.AddHostedService<EventStoreInitializer>();

        var marten = services.AddMarten(sp => StoreOptionsFor(sp, options))
            .UseLightweightSessions()
            .AddAsyncDaemon(DaemonMode.HotCold);
        if (options.Publisher is { } publisher)
        {
            services.AddSingleton(typeof(IIntegrationEventMapper), publisher);
            marten.AddSubscriptionWithServices<OutboxSubscription>(ServiceLifetime.Singleton);
        }

        services.AddSingleton<StreamCommand>();
        services.AddSingleton<ProjectionOperations>();
        services.AddHostedService<ProjectionLagMonitor>();
        return marten;
    }

    private static StoreOptions StoreOptionsFor(IServiceProvider services, EventSourcingOptions options)
    {
        var store = new StoreOptions();
        store.Connection(services.GetRequiredService<NpgsqlDataSource>());
        store.DatabaseSchemaName = options.Schema.Name;
        store.Events.DatabaseSchemaName = options.Schema.Name;
        store.Events.StreamIdentity = StreamIdentity.AsGuid;
        store.Events.AppendMode = EventAppendMode.Quick;
        store.Events.MetadataConfig.CorrelationIdEnabled = true;
        store.Events.MetadataConfig.CausationIdEnabled = true;
        store.Events.MetadataConfig.HeadersEnabled = true;
        store.Events.TimeProvider = services.GetRequiredService<TimeProvider>();
        store.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json => EventJson.Configure(json));
        // The initializer applies the schema once at start; nothing is checked or created at run time after that.
        store.AutoCreateSchemaObjects = AutoCreate.None;
        store.Logger(new PrivacySafeMartenLogger(services.GetRequiredService<ILoggerFactory>().CreateLogger("ChildProtection.EventStore.Marten")));
        store.Projections.LeadershipPollingTime = (int)LeadershipPolling.TotalMilliseconds;
        store.Schema.For<InboxMark>().Identity(m => m.Id);
        options.ApplyTo(store);
        return store;
    }
}
