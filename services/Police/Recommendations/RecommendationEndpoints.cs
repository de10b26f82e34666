using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Policies;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Recommendations;

public sealed record IssueRecommendationInput(string? Unit, IReadOnlyList<string>? Failings, string? Text);
public sealed record RecordReplyInput(string? Reply, string? RepliedOn);

public static class RecommendationEndpoints
{
    public static RouteGroupBuilder MapRecommendations(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/recommendations", async Task<IResult> (Guid caseId, IssueRecommendationInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, IPolicePolicies policies, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var unit = Input.Text(errors, "unit", input.Unit, 200, "The unit");
            var failings = Input.Codes(errors, "failings", input.Failings, Recommendation.FailingCodes);
            var text = Input.Text(errors, "text", input.Text, 4000, "The recommendation");
            if (errors.Count > 0) return Problems.Validation(errors);
            var now = clock.GetUtcNow();
            var by = Caller.From(http.User).User;
            return await InstrumentCommand.IssueAsync<Recommendation>(http, store, caseId, InstrumentKinds.Recommendation, s =>
            {
                var period = policies.RecommendationReplyMonths(s.RegionCode);
                return IssueRecommendation.Decide(new IssueRecommendation(Guid.CreateVersion7(), unit!, failings!, text!, period.Months, period.Source,
                    now, by), s);
            }, Recommendation.Evolve, Recommendation.View, ct);
        }).WithName("IssuePoliceRecommendation");

        group.MapGet("/recommendations/{id:guid}", (Guid id, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
            InstrumentCommand.GetAsync<Recommendation>(http, store, id, InstrumentKinds.Recommendation, Recommendation.Evolve, r => r.RegionCode,
                Recommendation.View, ct)).WithName("GetPoliceRecommendation");

        group.MapPost("/recommendations/{id:guid}/reply", (Guid id, RecordReplyInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            var reply = Input.Text(errors, "reply", input.Reply, 4000, "The reply's content");
            var on = Input.PastDate(errors, "repliedOn", input.RepliedOn, ChinaDate.On(now), "The reply date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new RecordReply(reply!, on!.Value, now, Caller.From(http.User).User);
            return InstrumentCommand.ChangeAsync<Recommendation>(http, store, id, InstrumentKinds.Recommendation, Recommendation.Evolve,
                r => r.RegionCode, s => RecordReply.Decide(command, s), Recommendation.View, ct);
        }).WithName("RecordPoliceRecommendationReply");
        return group;
    }
}
