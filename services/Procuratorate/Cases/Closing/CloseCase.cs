using ChildProtection.Procuratorate.Cases.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.Cases.Closing;

public sealed record CloseCase(string? Outcome, string? Note);

/// <summary>POST /cases/{id}/closure: closes an open case with an outcome (If-Match).</summary>
public static class CloseCaseEndpoint
{
    public static RouteGroupBuilder MapCloseCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/closure", async (HttpContext http, Guid id, CloseCase body, StreamCommand cmd, CaseReader reader, CancellationToken ct) =>
        {
            var input = new Input().OneOf("outcome", body.Outcome, [.. ProcuratorateCase.Outcomes]).OptionalText("note", body.Note, 2000);
            if (!input.Valid) return Problems.Validation(input.Errors);
            var instruments = await reader.InstrumentsAsync(id, ct);
            return await cmd.ChangeAsync(http, id, ProcuratorateCase.Kind,
                (c, m) => CloseProcuratorateCase.Decide(new CloseProcuratorateCase(body.Outcome!, body.Note?.Trim(), m), c),
                (c, v) => CaseView.Of(c, v, instruments), ct);
        });
        return api;
    }
}
