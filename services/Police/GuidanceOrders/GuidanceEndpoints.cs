using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Admonitions;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;

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
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            var guardian = GuardianInput.Validate(input.Guardian, errors, "guardian");
            var provider = Input.Text(errors, "provider", input.Provider, 200, "The guidance provider");
            if (input.Sessions is not (>= 1 and <= 100)) errors["sessions"] = ["sessions is 1–100."];
            var dueOn = Input.FutureDate(errors, "dueOn", input.DueOn, ChinaDate.On(now), "The due date");
            if (input.AdmonitionId is { } admonitionId)
            {
                var (admonition, _) = await store.AggregateStreamAsync<Admonition?>(admonitionId, null, Admonition.Evolve, ct);
                if (admonition?.CaseId != caseId) errors["admonitionId"] = ["admonitionId names no admonition of this case."];
            }
            if (errors.Count > 0) return Problems.Validation(errors);
            var command = new OrderGuidance(Guid.CreateVersion7(), input.AdmonitionId, guardian!, provider!, input.Sessions!.Value, dueOn!.Value,
                now, Caller.From(http.User).User);
            return await InstrumentCommand.IssueAsync<GuidanceOrder>(http, store, caseId, InstrumentKinds.GuidanceOrder,
                s => OrderGuidance.Decide(command, s), GuidanceOrder.Evolve, GuidanceOrder.View, ct);
        }).WithName("OrderFamilyEducationGuidance");

        group.MapGet("/guidance-orders/{id:guid}", (Guid id, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
            InstrumentCommand.GetAsync<GuidanceOrder>(http, store, id, InstrumentKinds.GuidanceOrder, GuidanceOrder.Evolve, o => o.RegionCode,
                GuidanceOrder.View, ct)).WithName("GetGuidanceOrder");

        group.MapPost("/guidance-orders/{id:guid}/completion", (Guid id, CompleteGuidanceInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            if (input.SessionsAttended is not (>= 1 and <= 100)) errors["sessionsAttended"] = ["sessionsAttended is 1–100."];
            var on = Input.PastDate(errors, "completedOn", input.CompletedOn, ChinaDate.On(now), "The completion date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new CompleteGuidance(input.SessionsAttended!.Value, on!.Value, now, Caller.From(http.User).User);
            return Change(http, store, id, s => CompleteGuidance.Decide(command, s), ct);
        }).WithName("CompleteFamilyEducationGuidance");

        group.MapPost("/guidance-orders/{id:guid}/refusal", (Guid id, RefuseGuidanceInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            var reason = Input.Text(errors, "reason", input.Reason, 1000, "The refusal as recorded");
            var on = Input.PastDate(errors, "refusedOn", input.RefusedOn, ChinaDate.On(now), "The refusal date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new RefuseGuidance(reason!, on!.Value, now, Caller.From(http.User).User);
            return Change(http, store, id, s => RefuseGuidance.Decide(command, s), ct);
        }).WithName("RefuseFamilyEducationGuidance");

        group.MapPost("/guidance-orders/{id:guid}/court-referral", (Guid id, ReferRefusalInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var court = Input.Text(errors, "court", input.Court, 200, "The court");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new ReferRefusalToCourt(court!, clock.GetUtcNow(), Caller.From(http.User).User);
            return Change(http, store, id, s => ReferRefusalToCourt.Decide(command, s), ct);
        }).WithName("ReferGuidanceRefusalToCourt");
        return group;
    }

    private static Task<IResult> Change(HttpContext http, PostgresEventStore store, Guid id,
        Func<GuidanceOrder, ChildProtection.EventStore.Decision> decide, CancellationToken ct) =>
        InstrumentCommand.ChangeAsync(http, store, id, InstrumentKinds.GuidanceOrder, GuidanceOrder.Evolve, o => o.RegionCode, decide,
            GuidanceOrder.View, ct);
}
