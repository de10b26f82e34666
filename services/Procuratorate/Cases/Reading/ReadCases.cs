using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

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
        api.MapGet("/cases/{id:guid}", async (HttpContext http, Guid id, StreamCommand cmd, CaseReader reader, CancellationToken ct) =>
        {
            var instruments = await reader.InstrumentsAsync(id, ct);
            return await cmd.ReadAsync(http, id, ProcuratorateCase.Kind, (c, version) => CaseView.Of(c, version, instruments), ct);
        });
        return api;
    }
}
