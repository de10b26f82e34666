using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>
/// Close the case with an outcome. The reporter is told the outcome's fixed line (<see cref="CaseOutcomes.SummaryOf"/>),
/// never free text, so no name or detail can reach the reporter.
/// </summary>
public sealed record CloseCase(string Outcome, string By, Moment At)
{
    public static Decision Decide(CloseCase c, PoliceCase s) =>
        !s.IsOpen ? PoliceCase.Ended(s)
        : c.Outcome == CaseOutcomes.ReferredToProcuratorate && s.ReferralId is null
            ? Decision.Reject("not-referred", "Refer the case to the procuratorate before closing it with that outcome.")
        : Decision.Accept(new CaseClosed(s.Id, s.ReportId, s.RoutingId, s.ChildId, s.RegionCode, c.Outcome, CaseOutcomes.SummaryOf(c.Outcome),
            c.At.Now, c.By));
}

public sealed record CloseCaseInput(string? Outcome);

public static class CloseCaseEndpoint
{
    public static RouteGroupBuilder MapCloseCase(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/closure", (Guid id, CloseCaseInput input, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var outcome = Input.Code(errors, "outcome", input.Outcome, CaseOutcomes.Closing);
            if (outcome is null) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, PoliceCase.Stream, (s, m) => CloseCase.Decide(new CloseCase(outcome, by, m), s), CaseView.From, ct);
        }).WithName("ClosePoliceCase");
        return group;
    }
}
