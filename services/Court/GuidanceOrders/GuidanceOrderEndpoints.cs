using ChildProtection.ChildChecks;
using ChildProtection.Court.Http;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Court.GuidanceOrders;

public sealed record OpenGuidanceProceeding(Guid? ChildId, string? RegionCode, string? Basis);

public sealed record IssueGuidanceOrder(string? Basis, string? Provider, int? Sessions, DateOnly? CompleteBy);

public sealed record RecordGuidanceSession(DateOnly? HeldOn, bool? Attended);

public sealed record RecordGuidanceBreach(string? Description, string? Sanction);

public sealed record GuidanceOrderView(Guid Id, Guid ChildId, string RegionCode, string Source, string Basis, Guid? PoliceOrderId, DateTimeOffset OpenedAt,
    string Status, string? Provider, int Sessions, DateOnly? CompleteBy, int Held, int Attended, string? Sanction, long Version)
{
    public static GuidanceOrderView Of(GuidanceOrder o, long version) => new(o.Id, o.ChildId, o.RegionCode, o.Source, o.Basis, o.PoliceOrderId, o.OpenedAt,
        o.Status, o.Provider, o.Sessions, o.CompleteBy, o.Held, o.Attended, o.Sanction, version);
}

/// <summary>HTTP for 家庭教育指导令: open (or from a police referral), issue, sessions, breach.</summary>
public static class GuidanceOrderEndpoints
{
    public static RouteGroupBuilder MapGuidanceOrders(this RouteGroupBuilder api)
    {
        api.MapPost("/guidance-orders", Open).ForJudges();
        api.MapGet("/guidance-orders/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, GuidanceOrder.Kind, GuidanceOrderView.Of, ct));
        api.MapPost("/guidance-orders/{id:guid}/issue", (HttpContext http, Guid id, IssueGuidanceOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("basis", body.Basis, GuidanceOrder.Bases).Text("provider", body.Provider, 200);
            if (body.Sessions is not (>= 1 and <= 52)) input.Fail("sessions", "1 to 52 sessions.");
            if (body.CompleteBy is null) input.Fail("completeBy", "Required (yyyy-MM-dd).");
            return Change(http, id, cmd, input, (o, m) => IssueGuidance.Decide(new IssueGuidance(body.Basis!, body.Provider!.Trim(), body.Sessions!.Value, body.CompleteBy!.Value, m), o), ct);
        }).ForJudges();
        api.MapPost("/guidance-orders/{id:guid}/sessions", (HttpContext http, Guid id, RecordGuidanceSession body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().PastDate("heldOn", body.HeldOn, Moment.Of(clock).Today);
            if (body.Attended is null) input.Fail("attended", "Required: true or false.");
            return Change(http, id, cmd, input, (o, m) => RecordGuidanceSessionHeld.Decide(new RecordGuidanceSessionHeld(body.HeldOn!.Value, body.Attended!.Value, m), o), ct);
        });
        api.MapPost("/guidance-orders/{id:guid}/breach", (HttpContext http, Guid id, RecordGuidanceBreach body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().Text("description", body.Description, 2000).OneOf("sanction", body.Sanction, GuidanceOrder.Sanctions);
            return Change(http, id, cmd, input, (o, m) => RecordGuidanceBreachOf.Decide(new RecordGuidanceBreachOf(body.Description!.Trim(), body.Sanction!, m), o), ct);
        }).ForJudges();
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, Func<GuidanceOrder, Moment, Decision> decide,
        CancellationToken ct) =>
        input.Valid
            ? await cmd.ChangeAsync(http, id, GuidanceOrder.Kind, decide, GuidanceOrderView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Open(HttpContext http, OpenGuidanceProceeding body, StreamCommand cmd, RegistryChildren registry,
        TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().OneOf("basis", body.Basis, GuidanceOrder.Bases);
        ProtectionOrderEndpoints.RegionAndChild(input, Caller.From(http.User), body.RegionCode, body.ChildId);
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (await registry.ExistsAsync(body.ChildId!.Value, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");
        var id = Guid.CreateVersion7();
        var opened = new GuidanceProceedingOpened(id, body.ChildId.Value, body.RegionCode!, "court", body.Basis!, null, null, clock.GetUtcNow());
        return await cmd.StartAsync(http, id, GuidanceOrder.Kind, Decision.Accept(opened), GuidanceOrderView.Of, $"/api/court/guidance-orders/{id}", ct);
    }
}
