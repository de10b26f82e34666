using ChildProtection.Police.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Microsoft.Net.Http.Headers;

namespace ChildProtection.Police.Instruments;

/// <summary>
/// Issuing an instrument in a case, the same for every kind, as two steps of the one command step: the case is read as
/// <see cref="StreamCommand.ReadAsync{TState}"/> reads it (404 outside the caller's region, the case's child as the audit
/// subject), the instrument's first events are decided from it (each issuing command's <c>Decide</c> refuses a case
/// that has ended), and <see cref="StreamCommand.StartAsync{TState}"/> starts the instrument's own stream (201 with its
/// ETag; a refusal is 409 with its code, nothing stored).
/// </summary>
public static class IssuingInstruments
{
    /// <param name="decide">Given the case, the instrument's first events (or a rejection), e.g. <c>s =&gt; AdmonishGuardian.Decide(command, s)</c>.</param>
    /// <param name="route">The instrument's route segment under <c>/api/police</c> (<see cref="InstrumentKinds.RouteOf"/>).</param>
    public static async Task<IResult> IssueInCaseAsync<TState>(this StreamCommand command, HttpContext http, Guid caseId, Guid instrumentId,
        StreamKind<TState> kind, string route, Func<PoliceCase, Decision> decide, Func<TState, long, object> view, CancellationToken ct)
        where TState : class
    {
        PoliceCase? @case = null;
        var read = await command.ReadAsync(http, caseId, PoliceCase.Stream, (c, _) => @case = c, ct);
        if (@case is null) return read;
        // The answer is about the instrument: the case's tag does not go with it.
        http.Response.Headers.Remove(HeaderNames.ETag);
        return await command.StartAsync(http, instrumentId, kind, decide(@case), view, $"/api/police/{route}/{instrumentId}", ct);
    }
}
