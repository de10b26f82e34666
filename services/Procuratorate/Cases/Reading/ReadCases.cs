using ChildProtection.EventStore.Storage;
using ChildProtection.Procuratorate.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Procuratorate.Cases.Reading;

/// <summary>GET /cases (list, the caller's region) and GET /cases/{id} (the case with its instruments, addressees masked).</summary>
public static class ReadCases
{
    public static RouteGroupBuilder MapReadCases(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", async (HttpContext http, string? status, Guid? childId, int? limit, CaseReader reader, CancellationToken ct) =>
        {
            if (status is not null and not ("open" or "closed")) return Problems.Validation("status", "open or closed.");
            if (limit is < 1 or > 500) return Problems.Validation("limit", "Between 1 and 500.");
            return Results.Ok(await reader.ListAsync(Caller.From(http.User), status, childId, limit ?? 100, ct));
        });
        api.MapGet("/cases/{id:guid}", async (HttpContext http, Guid id, PostgresEventStore store, CaseReader reader, CancellationToken ct) =>
        {
            var (state, version) = await store.AggregateStreamAsync<ProcuratorateCase?>(id, null, ProcuratorateCase.Evolve, ct);
            if (state is null || !Caller.From(http.User).CanSee(state.RegionCode)) return Problems.NotFound("No such case in your jurisdiction.");
            http.Response.Headers.ETag = ETags.Format(version);
            return Results.Ok(CaseView.Of(state, version, await reader.InstrumentsAsync(id, ct)));
        });
        return api;
    }
}
