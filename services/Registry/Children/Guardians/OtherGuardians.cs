using ChildProtection.EventStore;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.Guardians;

/// <summary><c>{"name":"…","relation":"adult sibling","since":"2024-05-01"}</c>.</summary>
public sealed record GuardianInput(string? Name, string? Relation, string? Since);

/// <summary>Record guardians other than the parents (其他监护人), and their removal.</summary>
public static class OtherGuardians
{
    public static Decision Add(Guid childId, OtherGuardian guardian, DateTimeOffset now) => Decision.Accept(new GuardianAdded(childId, guardian, now));

    public static Decision Remove(Guid childId, Guid guardianId, DateOnly on, string reason, Child state, DateTimeOffset now) =>
        state.Guardians.Any(g => g.GuardianId == guardianId)
            ? Decision.Accept(new GuardianRemoved(childId, guardianId, on, reason, now))
            : Decision.Reject("guardian-not-found", "The child has no such guardian.");

    public static RouteGroupBuilder MapOtherGuardians(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/guardians", async Task<IResult> (Guid id, GuardianInput input, HttpContext http, ChildCommandHandler handler,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var name = InputDates.Text(input.Name, "name", errors, 50);
            var relation = InputDates.Text(input.Relation, "relation", errors, 50);
            var since = InputDates.Parse(input.Since, "since", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id,
                (_, now) => Add(id, new OtherGuardian(Guid.CreateVersion7(now), name!, relation!, since!.Value), now), ct,
                child => InputDates.NotBeforeBirth(child, ("since", since)));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AddGuardian");

        group.MapPost("/{id:guid}/guardians/{guardianId:guid}/removal", async Task<IResult> (Guid id, Guid guardianId, EndInput input,
            HttpContext http, ChildCommandHandler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id, (child, now) => Remove(id, guardianId, on!.Value, reason!, child, now), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RemoveGuardian");
        return group;
    }
}
