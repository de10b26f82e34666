using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Cases;
using ChildProtection.Police.Cases.Changing;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Police.Instruments;

/// <summary>
/// The two ways an instrument is touched over HTTP, the same for every kind: issued in an open case of the caller's
/// region (a closed or transferred case refuses it, nothing stored), and changed along its own life cycle with
/// <c>If-Match</c> (428 / 400 / 409), a refused transition answering 409 with its code and storing nothing.
/// </summary>
public static class InstrumentCommand
{
    /// <param name="decide">Given the open case, the instrument's first events (or a rejection).</param>
    public static async Task<IResult> IssueAsync<TState>(HttpContext http, PostgresEventStore store, Guid caseId, string kind,
        Func<PoliceCase, Decision> decide, Func<TState?, object, TState?> evolve, Func<TState, long, object> view, CancellationToken ct)
        where TState : class
    {
        var caller = Caller.From(http.User);
        var (@case, _) = await store.AggregateStreamAsync<PoliceCase?>(caseId, null, PoliceCase.Evolve, ct);
        if (@case is null || !caller.CanSee(@case.RegionCode)) return Problems.NotFound("No such case in your jurisdiction.");
        AuditSubject.SetFrom(http, @case);
        var decision = @case.IsOpen ? decide(@case) : CaseCommand.Ended(@case);
        switch (decision)
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var id = ((IInstrumentIssued)accepted.Events[0]).InstrumentId;
                var result = await store.StartStreamAsync(id, InstrumentKinds.StreamTypeOf(kind), accepted.Events, http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                var state = accepted.Events.Aggregate((TState?)null, evolve)!;
                return TypedResults.Created($"/api/police/{InstrumentKinds.RouteOf(kind)}/{id}", view(state, result.NextVersion));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    public static async Task<IResult> ChangeAsync<TState>(HttpContext http, PostgresEventStore store, Guid id, string kind,
        Func<TState?, object, TState?> evolve, Func<TState, string> regionOf, Func<TState, Decision> decide, Func<TState, long, object> view,
        CancellationToken ct) where TState : class
    {
        var caller = Caller.From(http.User);
        var noun = kind.Replace('-', ' ');
        var (expected, precondition) = ETags.ExpectedVersion(http.Request, noun, "the police service");
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        if (state is null || !caller.CanSee(regionOf(state))) return Problems.NotFound($"No such {noun} in your jurisdiction.");
        AuditSubject.SetFrom(http, state);
        if (version != expected) throw new ConcurrencyException(id, expected);

        switch (decide(state))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var result = await store.AppendAsync(id, InstrumentKinds.StreamTypeOf(kind), expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                return TypedResults.Ok(view(accepted.Events.Aggregate((TState?)state, evolve)!, result.NextVersion));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    /// <summary>An instrument read from its stream: 404 outside the caller's region.</summary>
    public static async Task<IResult> GetAsync<TState>(HttpContext http, PostgresEventStore store, Guid id, string kind,
        Func<TState?, object, TState?> evolve, Func<TState, string> regionOf, Func<TState, long, object> view, CancellationToken ct)
        where TState : class
    {
        var (state, version) = await store.AggregateStreamAsync<TState?>(id, null, evolve, ct);
        if (state is null || !Caller.From(http.User).CanSee(regionOf(state)))
            return Problems.NotFound($"No such {kind.Replace('-', ' ')} in your jurisdiction.");
        http.Response.Headers.ETag = ETags.Format(version);
        return TypedResults.Ok(view(state, version));
    }
}
