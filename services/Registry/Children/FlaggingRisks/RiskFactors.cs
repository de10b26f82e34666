using System.Text.RegularExpressions;
using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Children.RecordingParents;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.FlaggingRisks;

/// <summary>
/// <c>{"code":"child-disability","disability":{"type":"physical","grade":2},"since":"2020-01-01"}</c>; any other
/// lower-case code is a free-form flag and needs a <c>label</c>.
/// </summary>
public sealed record RiskFactorInput(string? Code, string? Label, DisabilityInput? Disability, string? Since);

/// <summary>Flag a risk factor (they raise the visit cadence; a child's disability makes them in difficulty); the same again changes nothing.</summary>
public sealed record FlagRiskFactor(Guid ChildId, RiskFactor Factor, Moment At)
{
    public static Decision Decide(FlagRiskFactor c, Child state) =>
        ChildDecisions.BornBefore(state, ("since", c.Factor.Since))
        ?? (state.RiskFactors.TryGetValue(c.Factor.Code, out var existing) && existing == c.Factor
            ? Decision.Accept()
            : Decision.Accept(new RiskFactorFlagged(c.ChildId, c.Factor, c.At.Now)));
}

/// <summary>Clear a flagged risk factor (not one that follows a parent's situation).</summary>
public sealed record ClearRiskFactor(Guid ChildId, string Code, DateOnly On, string Reason, Moment At)
{
    public static Decision Decide(ClearRiskFactor c, Child state) =>
        state.RiskFactors.TryGetValue(c.Code, out var existing)
            ? existing.Derived
                ? Decision.Reject("risk-factor-derived", "This risk factor follows a parent's recorded situation; record the parent's new situation instead.")
                : Decision.Accept(new RiskFactorCleared(c.ChildId, c.Code, c.On, c.Reason, c.At.Now))
            : Decision.Reject("risk-factor-not-flagged", "The child has no such risk factor.");
}

/// <summary>Risk factors: their input's validation and their routes.</summary>
public static partial class RiskFactors
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public static RiskFactor? Validate(RiskFactorInput input, DateOnly today, IDictionary<string, string[]> errors)
    {
        var since = InputDates.Parse(input.Since, "since", errors, today);
        var code = input.Code?.Trim();
        if (code is null || !CodePattern().IsMatch(code)) errors["code"] = [$"A risk factor code: one of {string.Join(", ", RiskFactorCodes.Known)}, or a lower-case free-form code with a label."];
        var label = InputDates.Text(input.Label, "label", errors, 100, required: code is not null && !RiskFactorCodes.Known.Contains(code));
        Disability? disability = null;
        if (input.Disability is not null)
        {
            if (code != RiskFactorCodes.ChildDisability) errors["disability"] = ["Only child-disability carries a disability type and grade."];
            else disability = input.Disability.Validate("disability", errors);
        }
        if (code == RiskFactorCodes.ParentSevereDisability)
            errors["code"] = ["parent-severe-disability follows the parents' recorded situations; record the parent's severe disability instead."];
        return errors.Count > 0 ? null : new RiskFactor(code!, label, disability, since!.Value, Derived: false);
    }

    public static RouteGroupBuilder MapRiskFactors(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/risk-factors", async Task<IResult> (Guid id, RiskFactorInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var factor = Validate(input, clock.Today(), errors);
            if (factor is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => FlagRiskFactor.Decide(new FlagRiskFactor(id, factor, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("FlagRiskFactor");

        group.MapPost("/{id:guid}/risk-factors/{code}/clearance", async Task<IResult> (Guid id, string code, EndInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => ClearRiskFactor.Decide(new ClearRiskFactor(id, code, on!.Value, reason!, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ClearRiskFactor");
        return group;
    }
}
