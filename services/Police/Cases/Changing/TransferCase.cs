using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Transfer (移送) the case to another unit with a reason; the case ends here and the reporter is told.</summary>
public sealed record TransferCase(string ToUnit, string Reason, DateTimeOffset Now, string By)
{
    public static Decision Decide(TransferCase c, PoliceCase s) => !s.IsOpen
        ? CaseCommand.Ended(s)
        : Decision.Accept(new CaseTransferred(s.Id, s.ReportId, s.RoutingId, s.ChildId, s.RegionCode, c.ToUnit, c.Reason, c.Now, c.By));
}

public sealed record TransferCaseInput(string? ToUnit, string? Reason);

public static class TransferCaseEndpoint
{
    public static RouteGroupBuilder MapTransferCase(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/transfer", (Guid id, TransferCaseInput input, HttpContext http, PostgresEventStore store, TimeProvider clock,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var unit = Input.Text(errors, "toUnit", input.ToUnit, 200, "The receiving unit");
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The reason");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new TransferCase(unit!, reason!, clock.GetUtcNow(), Caller.From(http.User).User);
            return CaseCommand.HandleAsync(http, store, id, s => TransferCase.Decide(command, s), ct);
        }).WithName("TransferPoliceCase");
        return group;
    }
}
