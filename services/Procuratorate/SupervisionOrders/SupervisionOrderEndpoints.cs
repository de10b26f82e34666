using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Time;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.SupervisionOrders;

public sealed record IssueSupervisionOrder(IReadOnlyList<string>? Guardians, string? Content, bool FamilyEducationGuidance, IReadOnlyList<DateOnly>? CheckInDates);

public sealed record ServeSupervisionOrder(string? Method, DateOnly? ServedOn);

public sealed record RecordCheckIn(DateOnly? CheckedOn, string? Evaluation, string? Notes);

public sealed record CompleteSupervisionOrder(string? Note);

public sealed record EscalateSupervisionOrder(string? To, string? Reason);

/// <summary>HTTP for 督促监护令: issue in a case, serve, check in, complete, escalate, read.</summary>
public static class SupervisionOrderEndpoints
{
    public static RouteGroupBuilder MapSupervisionOrders(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/supervision-orders", Issue);
        api.MapGet("/supervision-orders/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, SupervisionOrder.Kind, SupervisionOrderView.Of, ct));
        api.MapPost("/supervision-orders/{id:guid}/service", (HttpContext http, Guid id, ServeSupervisionOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("method", body.Method, SupervisionOrder.ServiceMethods);
            return Change(http, id, cmd, input, body.ServedOn, "servedOn",
                (o, m) => ServeSupervision.Decide(new ServeSupervision(body.Method!, body.ServedOn!.Value, m), o), ct);
        });
        api.MapPost("/supervision-orders/{id:guid}/check-ins", (HttpContext http, Guid id, RecordCheckIn body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("evaluation", body.Evaluation, SupervisionOrder.Evaluations).OptionalText("notes", body.Notes, 2000);
            return Change(http, id, cmd, input, body.CheckedOn, "checkedOn",
                (o, m) => RecordSupervisionCheckIn.Decide(new RecordSupervisionCheckIn(body.CheckedOn!.Value, body.Evaluation!, body.Notes?.Trim(), m), o), ct);
        });
        api.MapPost("/supervision-orders/{id:guid}/completion", (HttpContext http, Guid id, CompleteSupervisionOrder body, StreamCommand cmd, CancellationToken ct) =>
            Change(http, id, cmd, new Input().OptionalText("note", body.Note, 2000), null, null,
                (o, m) => CompleteSupervision.Decide(new CompleteSupervision(body.Note?.Trim(), m), o), ct));
        api.MapPost("/supervision-orders/{id:guid}/escalation", (HttpContext http, Guid id, EscalateSupervisionOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("to", body.To, SupervisionOrder.EscalationTargets).Text("reason", body.Reason, 2000);
            return Change(http, id, cmd, input, null, null,
                (o, m) => EscalateSupervision.Decide(new EscalateSupervision(body.To!, body.Reason!.Trim(), m), o), ct);
        });
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, DateOnly? date, string? dateField,
        Func<SupervisionOrder, Moment, Decision> decide, CancellationToken ct)
    {
        var today = ChinaDate.On(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        if (dateField is not null) input.PastDate(dateField, date, today);
        if (!input.Valid) return Problems.Validation(input.Errors);
        return await cmd.ChangeAsync(http, id, SupervisionOrder.Kind, decide, SupervisionOrderView.Of, ct);
    }

    private static async Task<IResult> Issue(HttpContext http, Guid caseId, IssueSupervisionOrder body, CaseLookup cases, StreamCommand cmd,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var moment = Moment.Of(clock);
        var input = new Input().Text("content", body.Content, 4000);
        if (body.Guardians is not { Count: > 0 and <= 4 }) input.Fail("guardians", "Name one to four guardians.");
        else
            for (var i = 0; i < body.Guardians.Count; i++)
                input.Text($"guardians[{i}]", body.Guardians[i], 50);
        if (body.CheckInDates is { } dates)
        {
            if (dates.Count is 0 or > 12) input.Fail("checkInDates", "Plan one to twelve check-ins, or leave it out for the default plan.");
            else if (dates[0] < moment.Today) input.Fail("checkInDates", "Check-ins are planned from today on.");
            else if (dates.Zip(dates.Skip(1)).Any(p => p.Second <= p.First)) input.Fail("checkInDates", "Dates must be in increasing order.");
        }
        if (!input.Valid) return Problems.Validation(input.Errors);

        var (@case, hidden) = await cases.VisibleAsync(http, caseId, ct);
        if (@case is null) return hidden!;
        var id = Guid.CreateVersion7();
        var issue = new IssueSupervision(id, [.. body.Guardians!.Select(g => g.Trim())], body.Content!.Trim(), body.FamilyEducationGuidance,
            body.CheckInDates, packs.Resolve(@case.RegionCode).Procuratorate, moment);
        return await cmd.StartAsync(http, id, SupervisionOrder.Kind, IssueSupervision.Decide(issue, @case), SupervisionOrderView.Of,
            $"/api/procuratorate/supervision-orders/{id}", ct);
    }
}
