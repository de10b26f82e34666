using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Police.GuidanceOrders;

public sealed record OrderGuidanceInput(Guid? AdmonitionId, GuardianInput? Guardian, string? Provider, int? Sessions, string? DueOn);
public sealed record CompleteGuidanceInput(int? SessionsAttended, string? CompletedOn);
public sealed record RefuseGuidanceInput(string? Reason, string? RefusedOn);
public sealed record ReferRefusalInput(string? Court);

public static class GuidanceEndpoints
{
    public static RouteGroupBuilder MapGuidanceOrders(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/guidance-orders", async Task<IResult> (Guid caseId, OrderGuidanceInput input, HttpContext http,
            StreamCommand cmd, NpgsqlDataSource db, ServiceSchema schema, TimeProvider clock, CancellationToken ct) =>
        {
            var at = Moment.Of(clock);
            var errors = new Dictionary<string, string[]>();
            var guardian = GuardianInput.Validate(input.Guardian, errors, "guardian");
            var provider = Input.Text(errors, "provider", input.Provider, 200, "The guidance provider");
            if (input.Sessions is not (>= 1 and <= 100)) errors["sessions"] = ["sessions is 1–100."];
            var dueOn = Input.FutureDate(errors, "dueOn", input.DueOn, at.Today, "The due date");
            if (input.AdmonitionId is { } admonitionId
                && await ReadInstrumentsEndpoint.CaseOfAsync(db, schema, admonitionId, InstrumentKinds.Admonition, ct) != caseId)
                errors["admonitionId"] = ["admonitionId names no admonition of this case."];
            if (errors.Count > 0) return Problems.Validation(errors);
            var command = new OrderGuidance(Guid.CreateVersion7(), input.AdmonitionId, guardian!, provider!, input.Sessions!.Value, dueOn!.Value,
                Caller.From(http.User).User, at);
            return await cmd.IssueInCaseAsync(http, caseId, command.OrderId, GuidanceOrder.Kind, InstrumentKinds.RouteOf(InstrumentKinds.GuidanceOrder),
                s => OrderGuidance.Decide(command, s), GuidanceOrder.View, ct);
        }).WithName("OrderFamilyEducationGuidance");

        group.MapGet("/guidance-orders/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, GuidanceOrder.Kind, GuidanceOrder.View, ct)).WithName("GetGuidanceOrder");

        group.MapPost("/guidance-orders/{id:guid}/completion", (Guid id, CompleteGuidanceInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (input.SessionsAttended is not (>= 1 and <= 100)) errors["sessionsAttended"] = ["sessionsAttended is 1–100."];
            var on = Input.PastDate(errors, "completedOn", input.CompletedOn, Moment.Of(clock).Today, "The completion date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, GuidanceOrder.Kind,
                (s, m) => CompleteGuidance.Decide(new CompleteGuidance(input.SessionsAttended!.Value, on!.Value, by, m), s), GuidanceOrder.View, ct);
        }).WithName("CompleteFamilyEducationGuidance");

        group.MapPost("/guidance-orders/{id:guid}/refusal", (Guid id, RefuseGuidanceInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The refusal as recorded");
            var on = Input.PastDate(errors, "refusedOn", input.RefusedOn, Moment.Of(clock).Today, "The refusal date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, GuidanceOrder.Kind, (s, m) => RefuseGuidance.Decide(new RefuseGuidance(reason!, on!.Value, by, m), s),
                GuidanceOrder.View, ct);
        }).WithName("RefuseFamilyEducationGuidance");

        group.MapPost("/guidance-orders/{id:guid}/court-referral", (Guid id, ReferRefusalInput input, HttpContext http, StreamCommand cmd,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var court = Input.Text(errors, "court", input.Court, 200, "The court");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, GuidanceOrder.Kind, (s, m) => ReferRefusalToCourt.Decide(new ReferRefusalToCourt(court!, by, m), s),
                GuidanceOrder.View, ct);
        }).WithName("ReferGuidanceRefusalToCourt");
        return group;
    }
}
