using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using GuardianshipFact = ChildProtection.Registry.Children.Facts.Guardianship;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.ChangingGuardianship;

/// <summary>
/// <c>{"status":"temporary-state","placement":"foster-family","basis":"guardian imprisoned, no other guardian","since":"2025-06-01"}</c>.
/// </summary>
public sealed record GuardianshipInput(string? Status, string? Placement, string? AppointedGuardian, string? Basis, string? Since);

/// <summary>
/// Change who holds guardianship. State guardianship needs a placement (Minors Protection Law art. 92–96); a child in
/// temporary state guardianship goes back to the parents only after a guardianship assessment recommends it (art. 94).
/// </summary>
public sealed record ChangeGuardianship(Guid ChildId, GuardianshipFact Next, Moment At)
{
    public static Decision Decide(ChangeGuardianship c, Child state)
    {
        if (ChildDecisions.BornBefore(state, ("since", c.Next.Since)) is { } invalid) return invalid;
        var next = c.Next;
        var current = state.CurrentGuardianship;
        if (current == next) return Decision.Accept();
        if (current.Status == GuardianshipStatus.TemporaryState && next.Status == GuardianshipStatus.Parental)
        {
            var assessment = state.Assessments.Where(a => a.AssessedOn >= current.Since).MaxBy(a => a.AssessedOn);
            if (assessment is null)
                return Decision.Reject("assessment-required",
                    "A child in temporary state guardianship returns to the parents only after a guardianship assessment; record one first.");
            if (assessment.Recommendation != AssessmentRecommendation.ReturnToGuardian || assessment.RiskLevel == RiskLevel.High)
                return Decision.Reject("assessment-against-return",
                    $"The latest guardianship assessment ({assessment.AssessedOn:yyyy-MM-dd}, risk {Codes.Of(assessment.RiskLevel)}) does not recommend returning the child.");
        }
        return Decision.Accept(new GuardianshipChanged(c.ChildId, next, c.At.Now));
    }

    public static GuardianshipFact? Validate(GuardianshipInput input, DateOnly today, IDictionary<string, string[]> errors)
    {
        var status = Codes.Parse<GuardianshipStatus>(input.Status, "status", errors);
        var placement = Codes.Parse<Placement>(input.Placement, "placement", errors, required: false);
        var appointed = InputDates.Text(input.AppointedGuardian, "appointedGuardian", errors, 50, required: status == GuardianshipStatus.AppointedGuardian);
        var basis = InputDates.Text(input.Basis, "basis", errors, 500);
        var since = InputDates.Parse(input.Since, "since", errors, today);
        if (status == GuardianshipStatus.TemporaryState && placement is null && !errors.ContainsKey("placement"))
            errors["placement"] = ["Temporary state guardianship needs a placement: " + string.Join(", ", Codes.Allowed<Placement>()) + "."];
        if (status is GuardianshipStatus.Parental or GuardianshipStatus.AppointedGuardian && placement is not null)
            errors["placement"] = ["Only state guardianship has a placement."];
        if (status != GuardianshipStatus.AppointedGuardian && appointed is not null)
            errors["appointedGuardian"] = ["Only an appointed guardianship names a guardian."];
        return errors.Count > 0 ? null : new GuardianshipFact(status!.Value, placement, appointed, basis!, since!.Value);
    }
}

public static class ChangeGuardianshipEndpoint
{
    public static RouteGroupBuilder MapChangeGuardianship(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/guardianship", async Task<IResult> (Guid id, GuardianshipInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var next = ChangeGuardianship.Validate(input, clock.Today(), errors);
            if (next is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => ChangeGuardianship.Decide(new ChangeGuardianship(id, next, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ChangeGuardianship");
        return group;
    }
}
