using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.ChangingGuardianship;

/// <summary><c>{"assessedOn":"2025-09-01","riskLevel":"low","recommendation":"return-to-guardian","summary":"…"}</c>.</summary>
public sealed record AssessmentInput(string? AssessedOn, string? RiskLevel, string? Recommendation, string? Summary);

/// <summary>监护评估: civil affairs assesses the guardianship and its risk level (Baotou: act at once on high risk).</summary>
public sealed record AssessGuardianship(Guid ChildId, DateOnly AssessedOn, RiskLevel RiskLevel, AssessmentRecommendation Recommendation, string Summary,
    Moment At)
{
    /// <summary>Not before the child's birth; each assessment is kept.</summary>
    public static Decision Decide(AssessGuardianship c, Child state) =>
        ChildDecisions.BornBefore(state, ("assessedOn", c.AssessedOn))
        ?? Decision.Accept(new GuardianshipAssessed(c.ChildId,
            new GuardianshipAssessment(Guid.CreateVersion7(c.At.Now), c.AssessedOn, c.RiskLevel, c.Recommendation, c.Summary), c.At.Now));
}

public static class AssessGuardianshipEndpoint
{
    public static RouteGroupBuilder MapAssessGuardianship(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/guardianship-assessments", async Task<IResult> (Guid id, AssessmentInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.AssessedOn, "assessedOn", errors, clock.Today());
            var risk = Codes.Parse<RiskLevel>(input.RiskLevel, "riskLevel", errors);
            var recommendation = Codes.Parse<AssessmentRecommendation>(input.Recommendation, "recommendation", errors);
            var summary = InputDates.Text(input.Summary, "summary", errors, 2000);
            if (risk == RiskLevel.High && recommendation == AssessmentRecommendation.ReturnToGuardian)
                errors["recommendation"] = ["A high-risk guardianship cannot be recommended for return; intervene first."];
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => AssessGuardianship.Decide(
                    new AssessGuardianship(id, on!.Value, risk!.Value, recommendation!.Value, summary!, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AssessGuardianship");
        return group;
    }
}
