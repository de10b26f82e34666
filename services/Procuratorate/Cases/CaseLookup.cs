using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>Finds the case an instrument is issued in, as the caller may see it, and refuses a closed one.</summary>
public sealed class CaseLookup(PostgresEventStore store)
{
    /// <returns>The case, or the problem to answer instead (404 outside the caller's region, 409 closed or without a child).</returns>
    public async Task<(ProcuratorateCase? Case, IResult? Problem)> ForInstrumentAsync(HttpContext http, Guid caseId, bool needsChild, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (state, _) = await store.AggregateStreamAsync<ProcuratorateCase?>(caseId, null, ProcuratorateCase.Evolve, ct);
        if (state is null || !caller.CanSee(state.RegionCode)) return (null, Problems.NotFound("No such case in your jurisdiction."));
        if (state.RefuseInstrument(needsChild) is { } refused) return (null, Problems.Rejected(refused.Code, refused.Reason));
        return (state, null);
    }
}
