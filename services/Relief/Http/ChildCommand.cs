using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Entitlements;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Relief.Http;

/// <summary>
/// The one way a child's relief changes over HTTP: <c>If-Match</c> (428 / 400), the child inside the caller's region
/// (else 404), the level the step needs (else 403), the expected version (else 409), decide (a rejection is 409 with
/// its code, nothing stored), append, 200 with the child's relief and its new ETag.
/// </summary>
public static class ChildCommand
{
    /// <summary>Region levels: a township's code has 9 digits, a county's 6.</summary>
    public const int Township = 9, County = 6;

    public static async Task<IResult> HandleAsync(HttpContext http, PostgresEventStore store, Guid childId, int? level,
        Func<ChildRelief, Caller, Decision> decide, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = ETags.ExpectedVersion(http.Request, "child's relief", "the relief service");
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<ChildRelief?>(childId, null, ChildRelief.Evolve, ct);
        if (state is null || !caller.CanSee(state.RegionCode)) return Problems.NotFound("No relief record for this child in your jurisdiction.");
        if (level is { } l && (caller.SeesAllRegions || caller.Region.Length != l))
            return Problems.Forbidden(l == Township
                ? "Township verification is done by civil affairs of the child's township (a 9-digit region)."
                : "County confirmation is done by civil affairs of the child's county (a 6-digit region).");
        if (version != expected) throw new ConcurrencyException(childId, expected);

        switch (decide(state, caller))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var result = await store.AppendAsync(childId, ReliefEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                return TypedResults.Ok(accepted.Events.Aggregate((ChildRelief?)state, ChildRelief.Evolve));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }
}
