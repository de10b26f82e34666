using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.EmergencyPlacements;

public sealed record RequestPlacementInput(IReadOnlyList<string>? Grounds, string? CivilAffairsUnit, string? Whereabouts);
public sealed record HandOverInput(string? Placement);
public sealed record WithdrawPlacementInput(string? Reason);

public static class PlacementEndpoints
{
    public static RouteGroupBuilder MapEmergencyPlacements(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/emergency-placements", (Guid caseId, RequestPlacementInput input, HttpContext http,
            StreamCommand cmd, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var grounds = Input.Codes(errors, "grounds", input.Grounds, EmergencyPlacement.GroundCodes);
            var unit = Input.Text(errors, "civilAffairsUnit", input.CivilAffairsUnit, 200, "The civil-affairs unit");
            var whereabouts = Input.OptionalText(errors, "whereabouts", input.Whereabouts, 500, "The child's whereabouts");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new RequestPlacement(Guid.CreateVersion7(), grounds!, unit!, whereabouts, Caller.From(http.User).User, Moment.Of(clock));
            return cmd.IssueInCaseAsync(http, caseId, command.RequestId, EmergencyPlacement.Kind, InstrumentKinds.RouteOf(InstrumentKinds.EmergencyPlacement),
                s => RequestPlacement.Decide(command, s), EmergencyPlacement.View, ct);
        }).WithName("RequestEmergencyPlacement");

        group.MapGet("/emergency-placements/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, EmergencyPlacement.Kind, EmergencyPlacement.View, ct)).WithName("GetEmergencyPlacement");

        group.MapPost("/emergency-placements/{id:guid}/hand-over", (Guid id, HandOverInput input, HttpContext http, StreamCommand cmd,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var placement = Input.Code(errors, "placement", input.Placement, EmergencyPlacement.Placements);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, EmergencyPlacement.Kind, (s, m) => HandOver.Decide(new HandOver(placement!, by, m), s),
                EmergencyPlacement.View, ct);
        }).WithName("HandOverChildToCivilAffairs");

        group.MapPost("/emergency-placements/{id:guid}/withdrawal", (Guid id, WithdrawPlacementInput input, HttpContext http, StreamCommand cmd,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The reason");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, EmergencyPlacement.Kind, (s, m) => WithdrawPlacement.Decide(new WithdrawPlacement(reason!, by, m), s),
                EmergencyPlacement.View, ct);
        }).WithName("WithdrawEmergencyPlacement");
        return group;
    }
}
