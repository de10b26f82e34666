using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Transfer (移送) the case to another unit with a reason; the case ends here and the reporter is told.</summary>
public sealed record TransferCase(string ToUnit, string Reason, string By, Moment At)
{
    public static Decision Decide(TransferCase c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new CaseTransferred(s.Id, s.ReportId, s.RoutingId, s.ChildId, s.RegionCode, c.ToUnit, c.Reason, c.At.Now, c.By));
}

public sealed record TransferCaseInput(string? ToUnit, string? Reason);

public static class TransferCaseEndpoint
{
    public static RouteGroupBuilder MapTransferCase(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/transfer", (Guid id, TransferCaseInput input, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var unit = Input.Text(errors, "toUnit", input.ToUnit, 200, "The receiving unit");
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The reason");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, PoliceCase.Stream, (s, m) => TransferCase.Decide(new TransferCase(unit!, reason!, by, m), s),
                CaseView.From, ct);
        }).WithName("TransferPoliceCase");
        return group;
    }
}
