using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.Police.Policies;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Recommendations;

public sealed record IssueRecommendationInput(string? Unit, IReadOnlyList<string>? Failings, string? Text);
public sealed record RecordReplyInput(string? Reply, string? RepliedOn);

public static class RecommendationEndpoints
{
    public static RouteGroupBuilder MapRecommendations(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/recommendations", (Guid caseId, IssueRecommendationInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, IPolicePolicies policies, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var unit = Input.Text(errors, "unit", input.Unit, 200, "The unit");
            var failings = Input.Codes(errors, "failings", input.Failings, Recommendation.FailingCodes);
            var text = Input.Text(errors, "text", input.Text, 4000, "The recommendation");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var (id, by, at) = (Guid.CreateVersion7(), Caller.From(http.User).User, Moment.Of(clock));
            // The reply period is the policy pack's for the case's region.
            return cmd.IssueInCaseAsync(http, caseId, id, Recommendation.Kind, InstrumentKinds.RouteOf(InstrumentKinds.Recommendation),
                s => IssueRecommendation.Decide(new IssueRecommendation(id, unit!, failings!, text!, policies.RecommendationReplyMonths(s.RegionCode), by, at), s),
                Recommendation.View, ct);
        }).WithName("IssuePoliceRecommendation");

        group.MapGet("/recommendations/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, Recommendation.Kind, Recommendation.View, ct)).WithName("GetPoliceRecommendation");

        group.MapPost("/recommendations/{id:guid}/reply", (Guid id, RecordReplyInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var reply = Input.Text(errors, "reply", input.Reply, 4000, "The reply's content");
            var on = Input.PastDate(errors, "repliedOn", input.RepliedOn, Moment.Of(clock).Today, "The reply date");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, Recommendation.Kind, (s, m) => RecordReply.Decide(new RecordReply(reply!, on!.Value, by, m), s),
                Recommendation.View, ct);
        }).WithName("RecordPoliceRecommendationReply");
        return group;
    }
}
