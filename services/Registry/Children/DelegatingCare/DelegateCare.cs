using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.DelegatingCare;

/// <summary>The delegated carer as sent; <c>directRelative</c> may be left out when the relation settles it.</summary>
public sealed record CarerInput(string? Name, string? Relation, bool? DirectRelative, CareAgreementInput? Agreement, string[]? UnfitFlags, string? Since);

/// <summary><c>{"signed":true,"signedOn":"2025-02-01"}</c>.</summary>
public sealed record CareAgreementInput(bool Signed, string? SignedOn);

/// <summary>The end of a delegation: <c>{"on":"2025-09-01","reason":"mother returned home"}</c>.</summary>
public sealed record EndInput(string? On, string? Reason);

/// <summary>Entrust the child's daily care to a carer (委托照护); the same carer again changes nothing.</summary>
public sealed record DelegateCare(Guid ChildId, DelegatedCarer Carer, Moment At)
{
    public static Decision Decide(DelegateCare c, Child state) =>
        ChildDecisions.BornBefore(state, ("since", c.Carer.Since), ("agreement.signedOn", c.Carer.Agreement.SignedOn))
        ?? (state.Carer == c.Carer ? Decision.Accept() : Decision.Accept(new CarerDelegated(c.ChildId, c.Carer, c.At.Now)));

    public static DelegatedCarer? Validate(CarerInput input, DateOnly today, IDictionary<string, string[]> errors)
    {
        var name = InputDates.Text(input.Name, "name", errors, 50);
        var relation = Codes.Parse<CarerRelation>(input.Relation, "relation", errors);
        var since = InputDates.Parse(input.Since, "since", errors, today);
        DateOnly? signedOn = null;
        if (input.Agreement is { Signed: true } a)
        {
            signedOn = InputDates.Parse(a.SignedOn, "agreement.signedOn", errors, today);
        }
        else if (input.Agreement?.SignedOn is not null) errors["agreement.signedOn"] = ["An unsigned agreement has no signing date."];
        var flags = new List<UnfitCarerFlag>();
        foreach (var flag in input.UnfitFlags ?? [])
            if (Codes.Parse<UnfitCarerFlag>(flag, "unfitFlags", errors) is { } f && !flags.Contains(f)) flags.Add(f);
        if (relation is null) return null;
        var byRelation = DelegatedCarer.IsDirectRelative(relation.Value);
        if (byRelation is { } known && input.DirectRelative is { } said && said != known)
            errors["directRelative"] = [$"A carer who is a {Codes.Of(relation.Value)} is {(known ? "" : "not ")}a direct relative."];
        if (byRelation is null && input.DirectRelative is null)
            errors["directRelative"] = [$"Say whether the {Codes.Of(relation.Value)} is a direct relative (直系亲属)."];
        if (errors.Count > 0) return null;
        return new DelegatedCarer(name!, relation.Value, byRelation ?? input.DirectRelative!.Value,
            new CareAgreement(input.Agreement?.Signed == true, signedOn), flags, since!.Value);
    }
}

/// <summary>End the delegated care.</summary>
public sealed record EndDelegatedCare(Guid ChildId, DateOnly On, string Reason, Moment At)
{
    public static Decision Decide(EndDelegatedCare c, Child state) =>
        ChildDecisions.BornBefore(state, ("on", c.On))
        ?? (state.Carer is null
            ? Decision.Reject("no-delegated-carer", "The child has no delegated carer.")
            : Decision.Accept(new CarerDelegationEnded(c.ChildId, c.On, c.Reason, c.At.Now)));
}

public static class DelegateCareEndpoints
{
    public static RouteGroupBuilder MapDelegateCare(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/carer", async Task<IResult> (Guid id, CarerInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var carer = DelegateCare.Validate(input, clock.Today(), errors);
            if (carer is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => DelegateCare.Decide(new DelegateCare(id, carer, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("DelegateCare");

        group.MapPost("/{id:guid}/carer/end", async Task<IResult> (Guid id, EndInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => EndDelegatedCare.Decide(new EndDelegatedCare(id, on!.Value, reason!, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("EndDelegatedCare");
        return group;
    }
}
