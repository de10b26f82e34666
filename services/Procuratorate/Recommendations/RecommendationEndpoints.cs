using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.Recommendations;

public sealed record IssueRecommendation(string? Unit, string? Content, bool Urgent);

public sealed record RecordRecommendationReply(DateOnly? ReceivedOn, string? Adequacy, string? Summary);

public sealed record EscalateRecommendation(string? To, string? Reason);

/// <summary>The recommendation as the prosecutor reads it.</summary>
public sealed record RecommendationView(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, string Unit, string Content, bool Urgent,
    DateOnly ReplyDue, string Status, RecommendationReply? Reply, DateTimeOffset? OverdueAt, string? EscalatedTo, string? EscalationReason,
    DateTimeOffset IssuedAt, long Version)
{
    public static RecommendationView Of(Recommendation r, long version) => new(r.Id, r.CaseId, r.ChildId, r.RegionCode, r.Unit, r.Content, r.Urgent,
        r.ReplyDue, r.Status, r.Reply, r.OverdueAt, r.EscalatedTo, r.EscalationReason, r.IssuedAt, version);
}

/// <summary>HTTP for 检察建议: issue in a case, record the reply, escalate, read.</summary>
public static class RecommendationEndpoints
{
    public static RouteGroupBuilder MapRecommendations(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/recommendations", Issue);
        api.MapGet("/recommendations/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, Recommendation.Kind, RecommendationView.Of, ct));
        api.MapPost("/recommendations/{id:guid}/reply", (HttpContext http, Guid id, RecordRecommendationReply body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().OneOf("adequacy", body.Adequacy, Recommendation.Adequacies).OptionalText("summary", body.Summary, 2000)
                .PastDate("receivedOn", body.ReceivedOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input,
                (r, m) => RecordUnitReply.Decide(new RecordUnitReply(body.ReceivedOn!.Value, body.Adequacy!, body.Summary?.Trim(), m), r), ct);
        });
        api.MapPost("/recommendations/{id:guid}/escalation", (HttpContext http, Guid id, EscalateRecommendation body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("to", body.To, Recommendation.EscalationTargets).Text("reason", body.Reason, 2000);
            return Change(http, id, cmd, input,
                (r, m) => EscalateProcuratorialRecommendation.Decide(new EscalateProcuratorialRecommendation(body.To!, body.Reason!.Trim(), m), r), ct);
        });
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, Func<Recommendation, Moment, Decision> decide,
        CancellationToken ct) =>
        input.Valid
            ? await cmd.ChangeAsync(http, id, Recommendation.Kind, decide, RecommendationView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Issue(HttpContext http, Guid caseId, IssueRecommendation body, CaseLookup cases, StreamCommand cmd,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().Text("unit", body.Unit, 200).Text("content", body.Content, 4000);
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, hidden) = await cases.VisibleAsync(http, caseId, ct);
        if (@case is null) return hidden!;
        var id = Guid.CreateVersion7();
        var issue = new IssueProcuratorialRecommendation(id, body.Unit!.Trim(), body.Content!.Trim(), body.Urgent,
            packs.Resolve(@case.RegionCode).Procuratorate, Moment.Of(clock));
        return await cmd.StartAsync(http, id, Recommendation.Kind, IssueProcuratorialRecommendation.Decide(issue, @case), RecommendationView.Of,
            $"/api/procuratorate/recommendations/{id}", ct);
    }
}
