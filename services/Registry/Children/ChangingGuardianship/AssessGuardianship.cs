using ChildProtection.EventStore;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.ChangingGuardianship;

/// <summary><c>{"assessedOn":"2025-09-01","riskLevel":"low","recommendation":"return-to-guardian","summary":"…"}</c>.</summary>
public sealed record AssessmentInput(string? AssessedOn, string? RiskLevel, string? Recommendation, string? Summary);

/// <summary>监护评估: civil affairs assesses the guardianship and its risk level (Baotou: act at once on high risk).</summary>
public static class AssessGuardianship
{
    public static RouteGroupBuilder MapAssessGuardianship(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/guardianship-assessments", async Task<IResult> (Guid id, AssessmentInput input, HttpContext http,
            ChildCommandHandler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.AssessedOn, "assessedOn", errors, clock.Today());
            var risk = Codes.Parse<RiskLevel>(input.RiskLevel, "riskLevel", errors);
            var recommendation = Codes.Parse<AssessmentRecommendation>(input.Recommendation, "recommendation", errors);
            var summary = InputDates.Text(input.Summary, "summary", errors, 2000);
            if (risk == RiskLevel.High && recommendation == AssessmentRecommendation.ReturnToGuardian)
                errors["recommendation"] = ["A high-risk guardianship cannot be recommended for return; intervene first."];
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id,
                (_, now) => Decision.Accept(new GuardianshipAssessed(id,
                    new GuardianshipAssessment(Guid.CreateVersion7(now), on!.Value, risk!.Value, recommendation!.Value, summary!), now)), ct,
                child => InputDates.NotBeforeBirth(child, ("assessedOn", on)));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AssessGuardianship");
        return group;
    }
}
