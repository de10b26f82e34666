using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Commands;
using ChildProtection.ServiceDefaults.Http;
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
    private const string Noun = "recommendation";

    public static RouteGroupBuilder MapRecommendations(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/recommendations", Issue);
        api.MapGet("/recommendations/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync<Recommendation>(http, id, Noun, Recommendation.Evolve, r => r.RegionCode, RecommendationView.Of, ct));
        api.MapPost("/recommendations/{id:guid}/reply", (HttpContext http, Guid id, RecordRecommendationReply body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().OneOf("adequacy", body.Adequacy, Recommendation.Adequacies).OptionalText("summary", body.Summary, 2000)
                .PastDate("receivedOn", body.ReceivedOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input, (r, m) => r.RecordReply(body.ReceivedOn!.Value, body.Adequacy!, body.Summary?.Trim(), m.Now), ct);
        });
        api.MapPost("/recommendations/{id:guid}/escalation", (HttpContext http, Guid id, EscalateRecommendation body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("to", body.To, Recommendation.EscalationTargets).Text("reason", body.Reason, 2000);
            return Change(http, id, cmd, input, (r, m) => r.Escalate(body.To!, body.Reason!.Trim(), m.Today, m.Now), ct);
        });
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, Func<Recommendation, Moment, Decision> decide,
        CancellationToken ct) =>
        input.Valid
            ? await cmd.HandleAsync<Recommendation>(http, id, RecommendationEventTypes.StreamType, Noun, Recommendation.Evolve, r => r.RegionCode,
                decide, RecommendationView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Issue(HttpContext http, Guid caseId, IssueRecommendation body, CaseLookup cases, PostgresEventStore store,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().Text("unit", body.Unit, 200).Text("content", body.Content, 4000);
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, problem) = await cases.ForInstrumentAsync(http, caseId, needsChild: false, ct);
        if (problem is not null) return problem;

        var moment = Moment.Of(clock);
        var policy = packs.Resolve(@case!.RegionCode).Procuratorate;
        var due = Recommendation.DueDate(moment.Today, body.Urgent, policy.RecommendationReplyMonths, policy.RecommendationUrgentReplyDays);
        var id = Guid.CreateVersion7();
        var issued = new RecommendationIssued(id, @case.Id, @case.ChildId, @case.RegionCode, body.Unit!.Trim(), body.Content!.Trim(), body.Urgent, due, moment.Now);
        var result = await store.StartStreamAsync(id, RecommendationEventTypes.StreamType, [issued], http.CreateEventMetadata(), ct: ct);
        http.Response.Headers.ETag = ETags.Format(result.NextVersion);
        return TypedResults.Created($"/api/procuratorate/recommendations/{id}", RecommendationView.Of(Recommendation.Evolve(null, issued)!, result.NextVersion));
    }
}
