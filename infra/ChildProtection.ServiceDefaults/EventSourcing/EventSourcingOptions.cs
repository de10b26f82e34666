using System.Text.RegularExpressions;
using ChildProtection.ServiceDefaults.EventSourcing.Outbox;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace ChildProtection.ServiceDefaults.EventSourcing;

/// <summary>What one service keeps in Marten: its schema, event names, stream folds, projections and outbox.</summary>
public sealed partial class EventSourcingOptions
{
    private readonly List<Action<StoreOptions>> _store = [];

    internal EventSourcingOptions(string schema)
    {
        if (!SqlIdentifier().IsMatch(schema))
            throw new InvalidOperationException($"Event store schema '{schema}' must be a lower-case SQL identifier.");
        Schema = new ServiceSchema(schema);
    }

    /// <summary>The service's schema; projections and queries qualify their tables with it.</summary>
    public ServiceSchema Schema { get; }

    /// <summary>Stable names of the event types this service stores.</summary>
    public EventTypes Events { get; } = new();

    /// <summary>The integration-event mapper the outbox publishes with; null when the service publishes nothing.</summary>
    internal Type? Publisher { get; private set; }

    /// <summary>Names of the async projections, which an operator may rebuild.</summary>
    internal List<string> AsyncProjections { get; } = [];

    /// <summary>Streams of <typeparamref name="TState"/> are folded with the domain's own <paramref name="evolve"/>.</summary>
    public EventSourcingOptions Fold<TState>(Func<TState?, object, TState?> evolve) where TState : class
    {
        _store.Add(o => o.Projections.Add(new FoldProjection<TState>(evolve), ProjectionLifecycle.Live));
        return this;
    }

    /// <summary>A read model written in the append's own transaction (an endpoint reads its own write).</summary>
    public EventSourcingOptions Inline(EventProjection projection)
    {
        _store.Add(o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        return this;
    }

    /// <summary>A read model the async daemon builds after the commit (one leader per service), rebuildable by an operator.</summary>
    public EventSourcingOptions Async(EventProjection projection)
    {
        AsyncProjections.Add(projection.Name);
        _store.Add(o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        return this;
    }

    /// <summary>Publishes the service's events through the outbox subscription, mapped by <typeparamref name="TMapper"/>.</summary>
    public EventSourcingOptions Publish<TMapper>() where TMapper : class, IIntegrationEventMapper
    {
        Publisher = typeof(TMapper);
        return this;
    }

    /// <summary>Anything else the service tells Marten (documents, indexes).</summary>
    public EventSourcingOptions Store(Action<StoreOptions> configure)
    {
        _store.Add(configure);
        return this;
    }

    internal void ApplyTo(StoreOptions options)
    {
        Events.ApplyTo(options);
        foreach (var configure in _store) configure(options);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex SqlIdentifier();
}
