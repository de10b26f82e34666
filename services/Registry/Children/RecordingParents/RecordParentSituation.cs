using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.RecordingParents;

/// <summary>A parent's situation as sent: <c>{"situation":"imprisoned","since":"2025-03-01","expectedEnd":"2027-03-01"}</c>.</summary>
public sealed record ParentSituationInput(string? Situation, string? Since, string? ExpectedEnd, DisabilityInput? Disability);

/// <summary>A certified disability as sent: <c>{"type":"intellectual","grade":3}</c>.</summary>
public sealed record DisabilityInput(string? Type, int? Grade)
{
    public Disability? Validate(string field, IDictionary<string, string[]> errors)
    {
        var type = Codes.Parse<DisabilityType>(Type, field + ".type", errors);
        if (Grade is not (>= 1 and <= 4)) errors[field + ".grade"] = ["Disability grade must be 1 (most severe) to 4."];
        return type is { } t && Grade is >= 1 and <= 4 ? new Disability(t, Grade.Value) : null;
    }
}

/// <summary>Record a parent's situation; a parent's severe disability also flags the matching risk factor (and clears it when gone).</summary>
public sealed record RecordParentSituation(Guid ChildId, ParentRole Parent, ParentSituation Situation, Moment At)
{
    public static Decision Decide(RecordParentSituation c, Child state)
    {
        if (state.Parents.GetValueOrDefault(c.Parent) == c.Situation) return Decision.Accept();
        var events = new List<object> { new ParentSituationRecorded(c.ChildId, c.Parent, c.Situation, c.At.Now) };
        var parents = state.Parents.SetItem(c.Parent, c.Situation);
        var severe = parents.Values.Any(p => p.Kind == ParentSituationKind.SevereDisability && p.Disability is { IsSevere: true });
        var flagged = state.RiskFactors.TryGetValue(RiskFactorCodes.ParentSevereDisability, out var existing);
        if (severe && !flagged)
            events.Add(new RiskFactorFlagged(c.ChildId, new RiskFactor(RiskFactorCodes.ParentSevereDisability, null, c.Situation.Disability, c.Situation.Since, Derived: true), c.At.Now));
        else if (!severe && flagged && existing!.Derived)
            events.Add(new RiskFactorCleared(c.ChildId, RiskFactorCodes.ParentSevereDisability, c.At.Today,
                "no parent has a severe disability any more", c.At.Now));
        return Decision.Accept([.. events]);
    }

    /// <summary>Validates the input for one parent; null with errors when invalid.</summary>
    public static ParentSituation? Validate(ParentSituationInput input, DateOnly today, IDictionary<string, string[]> errors)
    {
        var kind = Codes.Parse<ParentSituationKind>(input.Situation, "situation", errors);
        var since = InputDates.Parse(input.Since, "since", errors, today);
        var expectedEnd = InputDates.Parse(input.ExpectedEnd, "expectedEnd", errors, today, required: false, mayBeFuture: true);
        Disability? disability = null;
        if (kind is null || since is null) return null;
        var deprived = kind is ParentSituationKind.Imprisoned or ParentSituationKind.Detained or ParentSituationKind.CompulsoryRehabilitation;
        if (expectedEnd is not null && !deprived) errors["expectedEnd"] = ["Only imprisonment, detention or compulsory rehabilitation has an expected end."];
        if (expectedEnd is { } end && end <= since) errors["expectedEnd"] = ["The expected end must be after the start."];
        if (kind == ParentSituationKind.SevereDisability)
        {
            if (input.Disability is null) errors["disability"] = ["A severe disability needs its certified type and grade."];
            else disability = input.Disability.Validate("disability", errors);
        }
        else if (input.Disability is not null) errors["disability"] = ["Only a severe disability has a disability type and grade."];
        return errors.Count > 0 ? null : new ParentSituation(kind.Value, since.Value, expectedEnd, disability);
    }
}

public static class RecordParentSituationEndpoint
{
    public static RouteGroupBuilder MapRecordParentSituation(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/parents/{parent}", async Task<IResult> (Guid id, string parent, ParentSituationInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var role = Codes.Parse<ParentRole>(parent, "parent", errors);
            var situation = RecordParentSituation.Validate(input, clock.Today(), errors);
            if (errors.Count > 0 || role is null || situation is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RecordParentSituation.Decide(new RecordParentSituation(id, role.Value, situation, at), child)),
                views.For(http), ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RecordParentSituation");
        return group;
    }
}
