using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.Http;

/// <summary>
/// A change to an existing stream over HTTP, one way for every roster record: <c>If-Match</c> (428 / 400), the record
/// inside the caller's region (else 404), the expected version (else 409), decide, append, 200 with the new view and ETag.
/// </summary>
public static class StreamCommand
{
    public static async Task<IResult> HandleAsync<TState>(HttpContext http, PostgresEventStore store, Guid id, string streamType, string noun,
        Func<TState?, object, TState?> evolve, Func<TState, string> regionOf, Func<TState, Decision> decide, Func<TState, long, object> view,
        CancellationToken ct) where TState : class
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = Preconditions.ExpectedVersion(http.Request, noun);
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        if (state is null || !caller.CanSee(regionOf(state))) return Problems.NotFound($"No such {noun} in your jurisdiction.");
        if (version != expected) throw new ConcurrencyException(id, expected);

        switch (decide(state))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var result = await store.AppendAsync(id, streamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                return TypedResults.Ok(view(accepted.Events.Aggregate((TState?)state, evolve)!, result.NextVersion));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }
}
