using ChildProtection.EventStore;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.DelegatingCare;

/// <summary>The delegated carer as sent; <c>directRelative</c> may be left out when the relation settles it.</summary>
public sealed record CarerInput(string? Name, string? Relation, bool? DirectRelative, CareAgreementInput? Agreement, string[]? UnfitFlags, string? Since);

/// <summary><c>{"signed":true,"signedOn":"2025-02-01"}</c>.</summary>
public sealed record CareAgreementInput(bool Signed, string? SignedOn);

/// <summary>The end of a delegation: <c>{"on":"2025-09-01","reason":"mother returned home"}</c>.</summary>
public sealed record EndInput(string? On, string? Reason);

/// <summary>Entrust the child's daily care to a carer (委托照护), or end it.</summary>
public static class DelegateCare
{
    public static Decision Decide(Guid childId, DelegatedCarer carer, Child state, DateTimeOffset now) =>
        state.Carer == carer ? Decision.Accept() : Decision.Accept(new CarerDelegated(childId, carer, now));

    public static Decision End(Guid childId, DateOnly on, string reason, Child state, DateTimeOffset now) =>
        state.Carer is null
            ? Decision.Reject("no-delegated-carer", "The child has no delegated carer.")
            : Decision.Accept(new CarerDelegationEnded(childId, on, reason, now));

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

public static class DelegateCareEndpoints
{
    public static RouteGroupBuilder MapDelegateCare(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/carer", async Task<IResult> (Guid id, CarerInput input, HttpContext http, ChildCommandHandler handler,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var carer = DelegateCare.Validate(input, clock.Today(), errors);
            if (carer is null) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id, (child, now) => DelegateCare.Decide(id, carer, child, now), ct,
                child => InputDates.NotBeforeBirth(child, ("since", carer.Since), ("agreement.signedOn", carer.Agreement.SignedOn)));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("DelegateCare");

        group.MapPost("/{id:guid}/carer/end", async Task<IResult> (Guid id, EndInput input, HttpContext http, ChildCommandHandler handler,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id, (child, now) => DelegateCare.End(id, on!.Value, reason!, child, now), ct,
                child => InputDates.NotBeforeBirth(child, ("on", on)));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("EndDelegatedCare");
        return group;
    }
}
