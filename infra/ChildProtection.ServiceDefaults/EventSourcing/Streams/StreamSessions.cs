using Marten;
using JasperFx.Events;

namespace ChildProtection.ServiceDefaults.EventSourcing.Streams;

/// <summary>A stream loaded for writing: its folded state, its version, and where to append (saved with the session).</summary>
public sealed class FoldedStream<TState>(IEventStream<Fold<TState>> stream, Func<TState?, object, TState?> evolve) where TState : class
{
    private readonly List<object> _appended = [];

    /// <summary>The stream's id.</summary>
    public Guid Id => stream.Id;

    /// <summary>The state as loaded plus anything appended since; null when the stream does not exist.</summary>
    public TState? State => _appended.Aggregate(stream.Aggregate?.State, evolve);

    /// <summary>The version the stream had when loaded (0 when it does not exist): the expected version at save.</summary>
    public long LoadedVersion => stream.StartingVersion ?? 0;

    /// <summary>The version after what was appended here, once saved: the next ETag.</summary>
    public long Version => LoadedVersion + _appended.Count;

    /// <summary>Appends events; written, with an optimistic check that nobody appended in between, by <c>SaveChangesAsync</c>.</summary>
    public void Append(IReadOnlyList<object> events)
    {
        if (events.Count == 0) return;
        stream.AppendMany(events);
        _appended.AddRange(events);
    }
}

/// <summary>Loading a folded stream inside a Marten session.</summary>
public static class StreamSessions
{
    /// <summary>
    /// Loads stream <paramref name="id"/> folded with <paramref name="evolve"/> (registered with <c>Fold&lt;TState&gt;</c>);
    /// appends through the result are checked at save against the version loaded here (409 when someone appended first).
    /// </summary>
    public static async Task<FoldedStream<TState>> FetchForWritingAsync<TState>(this IDocumentSession session, Guid id,
        Func<TState?, object, TState?> evolve, CancellationToken ct) where TState : class =>
        new(await session.Events.FetchForWriting<Fold<TState>>(id, ct), evolve);

    /// <summary>The stream's current state and version, read without writing; (null, 0) when it does not exist.</summary>
    public static async Task<(TState? State, long Version)> ReadStreamAsync<TState>(this IQuerySession session, Guid id,
        Func<TState?, object, TState?> evolve, CancellationToken ct) where TState : class
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var state = events.Aggregate((TState?)null, (s, e) => evolve(s, e.Data));
        return (state, events.Count == 0 ? 0 : events[^1].Version);
    }
}
