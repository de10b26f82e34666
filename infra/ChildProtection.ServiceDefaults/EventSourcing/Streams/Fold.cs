using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ChildProtection.ServiceDefaults.EventSourcing.Streams;

/// <summary>
/// A stream folded with the domain's own pure <c>Evolve(state, event)</c>: the shape Marten's <c>FetchForWriting</c>
/// aggregates into. The state stays a plain domain record; this wrapper only carries it and the stream id Marten needs.
/// </summary>
public sealed class Fold<TState> where TState : class
{
    public Guid Id { get; init; }

    /// <summary>The folded state; null while the stream does not exist (or its events produce nothing).</summary>
    public TState? State { get; init; }
}

/// <summary>
/// A live single-stream projection that folds with a given <c>Evolve</c> function, so the domain's static
/// <c>Evolve(state, event)</c> is the only place a stream's state is computed.
/// </summary>
public sealed class FoldProjection<TState>(Func<TState?, object, TState?> evolve) : SingleStreamProjection<Fold<TState>, Guid>
    where TState : class
{
    public override Fold<TState>? Evolve(Fold<TState>? snapshot, Guid id, IEvent e) => new() { Id = id, State = evolve(snapshot?.State, e.Data) };
}
