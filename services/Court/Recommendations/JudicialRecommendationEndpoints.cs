using ChildProtection.ChildChecks;
using ChildProtection.Court.Http;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Court.Recommendations;

public sealed record IssueJudicialRecommendation(Guid? ChildId, string? RegionCode, string? Unit, string? Content);

public sealed record RecordJudicialRecommendationReply(DateOnly? ReceivedOn, string? Summary);

public sealed record JudicialRecommendationView(Guid Id, Guid ChildId, string RegionCode, string Unit, string Content, DateOnly ReplyDue, DateTimeOffset IssuedAt,
    string Status, DateOnly? ReceivedOn, string? ReplySummary, bool ReplyLate, DateTimeOffset? OverdueAt, long Version)
{
    public static JudicialRecommendationView Of(JudicialRecommendation r, long version) => new(r.Id, r.ChildId, r.RegionCode, r.Unit, r.Content, r.ReplyDue,
        r.IssuedAt, r.Status, r.ReceivedOn, r.ReplySummary, r.ReplyLate, r.OverdueAt, version);
}

/// <summary>HTTP for 司法建议: issue (a judge), record the reply, read.</summary>
public static class JudicialRecommendationEndpoints
{
    public static RouteGroupBuilder MapJudicialRecommendations(this RouteGroupBuilder api)
    {
        api.MapPost("/judicial-recommendations", Issue).ForJudges();
        api.MapGet("/judicial-recommendations/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, JudicialRecommendation.Kind, JudicialRecommendationView.Of, ct));
        api.MapPost("/judicial-recommendations/{id:guid}/reply", async (HttpContext http, Guid id, RecordJudicialRecommendationReply body, StreamCommand cmd,
            TimeProvider clock, CancellationToken ct) =>
        {
            var input = new Input().Text("summary", body.Summary, 2000).PastDate("receivedOn", body.ReceivedOn, Moment.Of(clock).Today);
            if (!input.Valid) return Problems.Validation(input.Errors);
            return await cmd.ChangeAsync(http, id, JudicialRecommendation.Kind,
                (r, m) => RecordRecommendationReply.Decide(new RecordRecommendationReply(body.ReceivedOn!.Value, body.Summary!.Trim(), m), r),
                JudicialRecommendationView.Of, ct);
        });
        return api;
    }

    private static async Task<IResult> Issue(HttpContext http, IssueJudicialRecommendation body, StreamCommand cmd, RegistryChildren registry,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().Text("unit", body.Unit, 200).Text("content", body.Content, 4000);
        ProtectionOrderEndpoints.RegionAndChild(input, Caller.From(http.User), body.RegionCode, body.ChildId);
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (await registry.ExistsAsync(body.ChildId!.Value, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");
        var moment = Moment.Of(clock);
        var id = Guid.CreateVersion7();
        var issued = new JudicialRecommendationIssued(id, body.ChildId.Value, body.RegionCode!, body.Unit!.Trim(), body.Content!.Trim(),
            moment.Today.AddMonths(packs.Resolve(body.RegionCode!).Court.JudicialRecommendationReplyMonths), moment.Now);
        return await cmd.StartAsync(http, id, JudicialRecommendation.Kind, Decision.Accept(issued), JudicialRecommendationView.Of,
            $"/api/court/judicial-recommendations/{id}", ct);
    }
}
