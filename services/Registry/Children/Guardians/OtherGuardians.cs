using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.Guardians;

/// <summary><c>{"name":"…","relation":"adult sibling","since":"2024-05-01"}</c>.</summary>
public sealed record GuardianInput(string? Name, string? Relation, string? Since);

/// <summary>Record a guardian other than the parents (其他监护人).</summary>
public sealed record AddGuardian(Guid ChildId, string Name, string Relation, DateOnly Since, Moment At)
{
    public static Decision Decide(AddGuardian c, Child state) =>
        ChildDecisions.BornBefore(state, ("since", c.Since))
        ?? Decision.Accept(new GuardianAdded(c.ChildId, new OtherGuardian(Guid.CreateVersion7(c.At.Now), c.Name, c.Relation, c.Since), c.At.Now));
}

/// <summary>A guardian other than the parents no longer is one.</summary>
public sealed record RemoveGuardian(Guid ChildId, Guid GuardianId, DateOnly On, string Reason, Moment At)
{
    public static Decision Decide(RemoveGuardian c, Child state) =>
        state.Guardians.Any(g => g.GuardianId == c.GuardianId)
            ? Decision.Accept(new GuardianRemoved(c.ChildId, c.GuardianId, c.On, c.Reason, c.At.Now))
            : Decision.Reject("guardian-not-found", "The child has no such guardian.");
}

/// <summary>The routes of other guardians and their removal.</summary>
public static class OtherGuardians
{
    public static RouteGroupBuilder MapOtherGuardians(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/guardians", async Task<IResult> (Guid id, GuardianInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var name = InputDates.Text(input.Name, "name", errors, 50);
            var relation = InputDates.Text(input.Relation, "relation", errors, 50);
            var since = InputDates.Parse(input.Since, "since", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => AddGuardian.Decide(new AddGuardian(id, name!, relation!, since!.Value, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AddGuardian");

        group.MapPost("/{id:guid}/guardians/{guardianId:guid}/removal", async Task<IResult> (Guid id, Guid guardianId, EndInput input,
            HttpContext http, StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RemoveGuardian.Decide(new RemoveGuardian(id, guardianId, on!.Value, reason!, at), child)),
                views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RemoveGuardian");
        return group;
    }
}
