using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Http;
using Marten;
using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults.EventSourcing.Commands;

/// <summary>
/// The one way a stream changes or is read over HTTP, in every service: <c>If-Match</c> (428 when missing, 400 when not
/// ours) → <c>FetchForWriting</c> → the record inside the caller's jurisdiction (else 404, so nobody learns it exists) →
/// the audit subject → the expected version (else 409) → <c>Decide</c> on the injected clock → append →
/// <c>SaveChangesAsync</c> (409 when someone appended in between) → 200 with the new view and its <c>ETag</c>.
/// A rejection is 409 with its code, invalid input 400 per field; neither stores anything.
/// </summary>
public sealed class StreamCommand(IDocumentStore store, TimeProvider clock, ServiceSchema schema)
{
    private string Issuer => $"the {schema.Name} service";

    /// <summary>Changes an existing stream.</summary>
    /// <param name="decide">The pure decision on the loaded state, e.g. <c>(s, at) =&gt; CloseCase.Decide(command with { Now = at.Now }, s)</c>.</param>
    /// <param name="view">The answer's body from the new state and version.</param>
    /// <param name="access">Who may act on the record; by default anyone whose region prefix covers it.</param>
    public Task<IResult> ChangeAsync<TState>(HttpContext http, Guid id, StreamKind<TState> kind, Func<TState, Moment, Decision> decide,
        Func<TState, long, object> view, CancellationToken ct, Func<TState, Caller, IResult?>? access = null) where TState : class =>
        DecideAsync(http, id, kind, decide, view, ct, access, ifMatchRequired: true, location: null, missing: null);

    /// <summary>
    /// Adds a record to an existing stream (a visit to a child's plan): the same step as <see cref="ChangeAsync{TState}"/>, except
    /// that <c>If-Match</c> is optional (with it a stale version is 409; without it the addition does not depend on what changed
    /// meanwhile, so it is decided again on the new state when someone appended in between) and the answer is 201 at
    /// <paramref name="location"/>. <paramref name="missing"/> answers for a stream that does not exist (default 404).
    /// </summary>
    public Task<IResult> AddAsync<TState>(HttpContext http, Guid id, StreamKind<TState> kind, Func<TState, Moment, Decision> decide,
        Func<TState, long, object> view, string location, CancellationToken ct, Func<TState, Caller, IResult?>? access = null,
        IResult? missing = null) where TState : class =>
        DecideAsync(http, id, kind, decide, view, ct, access, ifMatchRequired: false, location, missing);

    private async Task<IResult> DecideAsync<TState>(HttpContext http, Guid id, StreamKind<TState> kind, Func<TState, Moment, Decision> decide,
        Func<TState, long, object> view, CancellationToken ct, Func<TState, Caller, IResult?>? access, bool ifMatchRequired, string? location,
        IResult? missing) where TState : class
    {
        var caller = Caller.From(http.User);
        long? expected = null;
        if (ifMatchRequired || ETags.ParseIfMatch(http.Request) is not null)
        {
            var (version, precondition) = ETags.ExpectedVersion(http.Request, kind.Noun, Issuer);
            if (precondition is not null) return precondition;
            expected = version;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.FetchForWritingAsync(id, kind.Evolve, ct);
            if (stream.State is null && missing is not null) return missing;
            if (Visible(http, kind, stream.State, caller, access) is { } hidden) return hidden;
            var state = stream.State!;
            if (expected is { } loaded && stream.LoadedVersion != loaded) return Problems.ConcurrencyConflict();

            switch (decide(state, Moment.Of(clock)))
            {
                case Decision.Rejected rejected:
                    return Problems.Rejected(rejected.Code, rejected.Reason);
                case Decision.Invalid invalid:
                    return Problems.Validation(invalid.Errors.ToDictionary());
                case Decision.Accepted accepted:
                    stream.Append(accepted.Events);
                    http.CreateEventMetadata().ApplyTo(session);
                    try
                    {
                        await session.SaveChangesAsync(ct);
                    }
                    catch (JasperFx.ConcurrencyException) when (expected is null && attempt < 3)
                    {
                        // No If-Match: someone appended meanwhile (a registry change, the overdue scan); decide again on the new state.
                        continue;
                    }
                    http.Response.Headers.ETag = ETags.Format(stream.Version);
                    var body = view(stream.State!, stream.Version);
                    return location is null ? TypedResults.Ok(body) : TypedResults.Created(location, body);
                default:
                    throw new InvalidOperationException("Unknown decision.");
            }
        }
    }

    /// <summary>Starts a new stream with the decided events: 201 at <paramref name="location"/> with the view and its <c>ETag</c>.</summary>
    public async Task<IResult> StartAsync<TState>(HttpContext http, Guid id, StreamKind<TState> kind, Decision decision,
        Func<TState, long, object> view, string location, CancellationToken ct) where TState : class
    {
        switch (decision)
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Invalid invalid:
                return Problems.Validation(invalid.Errors.ToDictionary());
            case Decision.Accepted { Events.Count: > 0 } accepted:
                var state = kind.Apply(null, accepted.Events) ?? throw new InvalidOperationException($"The events did not start a {kind.Noun}.");
                SetSubject(http, kind, state);
                await using (var session = store.LightweightSession())
                {
                    session.Events.StartStream(id, accepted.Events);
                    http.CreateEventMetadata().ApplyTo(session);
                    await session.SaveChangesAsync(ct);
                }
                http.Response.Headers.ETag = ETags.Format(accepted.Events.Count);
                return TypedResults.Created(location, view(state, accepted.Events.Count));
            default:
                throw new InvalidOperationException("A new stream needs at least one event.");
        }
    }

    /// <summary>Reads one record: 404 outside the caller's jurisdiction, else the view with its <c>ETag</c>.</summary>
    public async Task<IResult> ReadAsync<TState>(HttpContext http, Guid id, StreamKind<TState> kind, Func<TState, long, object> view,
        CancellationToken ct, Func<TState, Caller, IResult?>? access = null) where TState : class
    {
        var caller = Caller.From(http.User);
        await using var session = store.QuerySession();
        var (state, version) = await session.ReadStreamAsync(id, kind.Evolve, ct);
        if (Visible(http, kind, state, caller, access) is { } hidden) return hidden;
        http.Response.Headers.ETag = ETags.Format(version);
        return TypedResults.Ok(view(state!, version));
    }

    /// <summary>
    /// The same step for the platform's own work (a deadline scan, a daily review): load, decide, append, save with
    /// <paramref name="metadata"/>; decided again on the new state when someone appended in between. True when it appended.
    /// </summary>
    public async Task<bool> ApplyAsync<TState>(Guid id, StreamKind<TState> kind, Func<TState, Moment, Decision> decide, EventMetadata metadata,
        CancellationToken ct) where TState : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stream = await session.FetchForWritingAsync(id, kind.Evolve, ct);
            if (stream.State is null || decide(stream.State, Moment.Of(clock)) is not Decision.Accepted { Events.Count: > 0 } accepted) return false;
            stream.Append(accepted.Events);
            metadata.ApplyTo(session);
            try
            {
                await session.SaveChangesAsync(ct);
                return true;
            }
            catch (JasperFx.ConcurrencyException) when (attempt < 3)
            {
                // Someone changed the record meanwhile (say, a judge decided the application): decide again on the new state.
            }
        }
    }

    private static IResult? Visible<TState>(HttpContext http, StreamKind<TState> kind, TState? state, Caller caller,
        Func<TState, Caller, IResult?>? access) where TState : class
    {
        if (state is null || !caller.CanSee(kind.RegionOf(state))) return Problems.NotFound($"No such {kind.Noun} in your jurisdiction.");
        SetSubject(http, kind, state);
        return access?.Invoke(state, caller);
    }

    private static void SetSubject<TState>(HttpContext http, StreamKind<TState> kind, TState state) where TState : class
    {
        if (kind.ChildOf is null) AuditSubject.SetFrom(http, state);
        else if (kind.ChildOf(state) is { } child) AuditSubject.Set(http, child);
    }
}
