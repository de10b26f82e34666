using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Microsoft.Net.Http.Headers;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>
/// The case an instrument is to be issued in, as the caller may see it: read through the one command step
/// (<see cref="StreamCommand.ReadAsync{TState}"/>: 404 outside the caller's region, the child as the audit subject). Whether
/// the case allows the instrument is the issuing command's decision (<see cref="ProcuratorateCase.RefuseInstrument"/>).
/// </summary>
public sealed class CaseLookup(StreamCommand command)
{
    /// <returns>The case, or the answer to give instead (404 when the caller may not see it).</returns>
    public async Task<(ProcuratorateCase? Case, IResult? Problem)> VisibleAsync(HttpContext http, Guid caseId, CancellationToken ct)
    {
        ProcuratorateCase? found = null;
        var read = await command.ReadAsync(http, caseId, ProcuratorateCase.Kind, (c, _) => found = c, ct);
        // The answer is about the instrument, not the case: the case's entity tag is not the answer's.
        http.Response.Headers.Remove(HeaderNames.ETag);
        return found is null ? (null, read) : (found, null);
    }
}
