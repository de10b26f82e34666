using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Cases;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.EmergencyPlacements;

/// <summary>Ask civil affairs to place the child (the case must be open).</summary>
public sealed record RequestPlacement(Guid RequestId, IReadOnlyList<string> Grounds, string CivilAffairsUnit, string? Whereabouts,
    DateTimeOffset Now, string By)
{
    public static Decision Decide(RequestPlacement c, PoliceCase s) => Decision.Accept(new PlacementRequested(c.RequestId, s.Id, s.ChildId,
        s.RegionCode, c.Grounds, c.CivilAffairsUnit, c.Whereabouts, c.Now, c.By));
}

/// <summary>Record the hand-over to civil affairs; only while requested.</summary>
public sealed record HandOver(string Placement, DateTimeOffset Now, string By)
{
    public static Decision Decide(HandOver c, EmergencyPlacement s) => s.Status != EmergencyPlacement.Requested
        ? Decision.Reject($"placement-{s.Status}", $"The request is already {s.Status.Replace('-', ' ')}.")
        : Decision.Accept(new ChildHandedOver(s.Id, s.CaseId, c.Placement, c.Now, c.By));
}

/// <summary>Withdraw the request; only while requested.</summary>
public sealed record WithdrawPlacement(string Reason, DateTimeOffset Now, string By)
{
    public static Decision Decide(WithdrawPlacement c, EmergencyPlacement s) => s.Status != EmergencyPlacement.Requested
        ? Decision.Reject($"placement-{s.Status}", $"The request is already {s.Status.Replace('-', ' ')}.")
        : Decision.Accept(new PlacementRequestWithdrawn(s.Id, s.CaseId, c.Reason, c.Now, c.By));
}

public sealed record RequestPlacementInput(IReadOnlyList<string>? Grounds, string? CivilAffairsUnit, string? Whereabouts);
public sealed record HandOverInput(string? Placement);
public sealed record WithdrawPlacementInput(string? Reason);

public static class PlacementEndpoints
{
    public static RouteGroupBuilder MapEmergencyPlacements(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/emergency-placements", (Guid caseId, RequestPlacementInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var grounds = Input.Codes(errors, "grounds", input.Grounds, EmergencyPlacement.GroundCodes);
            var unit = Input.Text(errors, "civilAffairsUnit", input.CivilAffairsUnit, 200, "The civil-affairs unit");
            var whereabouts = Input.OptionalText(errors, "whereabouts", input.Whereabouts, 500, "The child's whereabouts");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new RequestPlacement(Guid.CreateVersion7(), grounds!, unit!, whereabouts, clock.GetUtcNow(), Caller.From(http.User).User);
            return InstrumentCommand.IssueAsync<EmergencyPlacement>(http, store, caseId, InstrumentKinds.EmergencyPlacement,
                s => RequestPlacement.Decide(command, s), EmergencyPlacement.Evolve, EmergencyPlacement.View, ct);
        }).WithName("RequestEmergencyPlacement");

        group.MapGet("/emergency-placements/{id:guid}", (Guid id, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
            InstrumentCommand.GetAsync<EmergencyPlacement>(http, store, id, InstrumentKinds.EmergencyPlacement, EmergencyPlacement.Evolve,
                p => p.RegionCode, EmergencyPlacement.View, ct)).WithName("GetEmergencyPlacement");

        group.MapPost("/emergency-placements/{id:guid}/hand-over", (Guid id, HandOverInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var placement = Input.Code(errors, "placement", input.Placement, EmergencyPlacement.Placements);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new HandOver(placement!, clock.GetUtcNow(), Caller.From(http.User).User);
            return InstrumentCommand.ChangeAsync<EmergencyPlacement>(http, store, id, InstrumentKinds.EmergencyPlacement, EmergencyPlacement.Evolve,
                p => p.RegionCode, s => HandOver.Decide(command, s), EmergencyPlacement.View, ct);
        }).WithName("HandOverChildToCivilAffairs");

        group.MapPost("/emergency-placements/{id:guid}/withdrawal", (Guid id, WithdrawPlacementInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The reason");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new WithdrawPlacement(reason!, clock.GetUtcNow(), Caller.From(http.User).User);
            return InstrumentCommand.ChangeAsync<EmergencyPlacement>(http, store, id, InstrumentKinds.EmergencyPlacement, EmergencyPlacement.Evolve,
                p => p.RegionCode, s => WithdrawPlacement.Decide(command, s), EmergencyPlacement.View, ct);
        }).WithName("WithdrawEmergencyPlacement");
        return group;
    }
}
