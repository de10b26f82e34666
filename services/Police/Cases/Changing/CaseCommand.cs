using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>
/// The one way an open case changes over HTTP: <c>If-Match</c> (428 / 400), the case inside the caller's region
/// (else 404), the expected version (else 409), decide (a rejection is 409 with its code, nothing stored), append,
/// 200 with the case and its new ETag.
/// </summary>
public static class CaseCommand
{
    public static async Task<IResult> HandleAsync(HttpContext http, PostgresEventStore store, Guid caseId,
        Func<PoliceCase, Decision> decide, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = ETags.ExpectedVersion(http.Request, "case", "the police service");
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<PoliceCase?>(caseId, null, PoliceCase.Evolve, ct);
        if (state is null || !caller.CanSee(state.RegionCode)) return Problems.NotFound("No such case in your jurisdiction.");
        AuditSubject.SetFrom(http, state);
        if (version != expected) throw new ConcurrencyException(caseId, expected);

        switch (decide(state))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted accepted:
                var result = await store.AppendAsync(caseId, CaseEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                return TypedResults.Ok(CaseView.From(accepted.Events.Aggregate((PoliceCase?)state, PoliceCase.Evolve)!, result.NextVersion));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    /// <summary>The rejection for any change to a case that has ended.</summary>
    public static Decision Ended(PoliceCase c) => Decision.Reject("case-not-open",
        c.Status == CaseStatus.Transferred ? "The case was transferred to another unit." : "The case is closed.");
}
