using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChildProtection.ServiceDefaults.Commands;

/// <summary>
/// The one way an existing case or instrument changes over HTTP: <c>If-Match</c> (428 / 400), the record inside the
/// caller's region (else 404), the expected version (else 409), decide on the injected clock's now and China date,
/// append (nothing when rejected), 200 with the new view and ETag.
/// </summary>
/// <param name="store">The service's event store.</param>
/// <param name="clock">The service's clock.</param>
/// <param name="issuer">Who hands out the entity tags, for a malformed <c>If-Match</c> ("the court service").</param>
public sealed class StreamCommand(PostgresEventStore store, TimeProvider clock, string issuer)
{
    public async Task<IResult> HandleAsync<TState>(HttpContext http, Guid id, string streamType, string noun,
        Func<TState?, object, TState?> evolve, Func<TState, string> regionOf, Func<TState, Moment, Decision> decide,
        Func<TState, long, object> view, CancellationToken ct) where TState : class
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = ETags.ExpectedVersion(http.Request, noun, issuer);
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        if (state is null || !caller.CanSee(regionOf(state))) return Problems.NotFound($"No such {noun} in your jurisdiction.");
        AuditSubject.SetFrom(http, state);
        if (version != expected) throw new ConcurrencyException(id, expected);

        switch (decide(state, Moment.Of(clock)))
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

    /// <summary>Reads one record for a caller: 404 outside their region, else the view with its ETag.</summary>
    public async Task<IResult> ReadAsync<TState>(HttpContext http, Guid id, string noun, Func<TState?, object, TState?> evolve,
        Func<TState, string> regionOf, Func<TState, long, object> view, CancellationToken ct) where TState : class
    {
        var caller = Caller.From(http.User);
        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        if (state is null || !caller.CanSee(regionOf(state))) return Problems.NotFound($"No such {noun} in your jurisdiction.");
        AuditSubject.SetFrom(http, state);
        http.Response.Headers.ETag = ETags.Format(version);
        return TypedResults.Ok(view(state, version));
    }
}

/// <summary>The instant a command is decided at, and that instant's date in China Standard Time.</summary>
public readonly record struct Moment(DateTimeOffset Now, DateOnly Today)
{
    public static Moment Of(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new Moment(now, ChinaDate.On(now));
    }
}

public static class StreamCommandExtensions
{
    /// <summary>Registers the service's <see cref="StreamCommand"/>; <paramref name="issuer"/> names the service in a malformed <c>If-Match</c>'s error.</summary>
    public static IServiceCollection AddStreamCommand(this IServiceCollection services, string issuer) =>
        services.AddSingleton(sp => new StreamCommand(sp.GetRequiredService<PostgresEventStore>(), sp.GetRequiredService<TimeProvider>(), issuer));
}
