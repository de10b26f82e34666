using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.RecordingHardship;

/// <summary><c>{"evidence":"minimum-living-guarantee household, county approval 2024-11","since":"2024-11-01"}</c>.</summary>
public sealed record HardshipInput(string? Evidence, string? Since);

/// <summary>Record family poverty (living, medical, schooling); the same hardship again changes nothing.</summary>
public sealed record RecordFamilyHardship(Guid ChildId, FamilyHardship Hardship, Moment At)
{
    public static Decision Decide(RecordFamilyHardship c, Child state) =>
        state.Hardships.GetValueOrDefault(c.Hardship.Kind) == c.Hardship
            ? Decision.Accept()
            : Decision.Accept(new FamilyHardshipRecorded(c.ChildId, c.Hardship, c.At.Now));
}

/// <summary>A family hardship no longer applies.</summary>
public sealed record ClearFamilyHardship(Guid ChildId, HardshipKind Kind, DateOnly On, string Reason, Moment At)
{
    public static Decision Decide(ClearFamilyHardship c, Child state) =>
        state.Hardships.ContainsKey(c.Kind)
            ? Decision.Accept(new FamilyHardshipCleared(c.ChildId, c.Kind, c.On, c.Reason, c.At.Now))
            : Decision.Reject("hardship-not-recorded", "No such hardship is recorded for the child's family.");
}

/// <summary>The routes of family hardships and their end.</summary>
public static class FamilyHardships
{
    public static RouteGroupBuilder MapFamilyHardships(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/hardships/{kind}", async Task<IResult> (Guid id, string kind, HardshipInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var k = Codes.Parse<HardshipKind>(kind, "kind", errors);
            var evidence = InputDates.Text(input.Evidence, "evidence", errors, 300);
            var since = InputDates.Parse(input.Since, "since", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            var hardship = new FamilyHardship(k!.Value, evidence!, since!.Value);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RecordFamilyHardship.Decide(new RecordFamilyHardship(id, hardship, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordFamilyHardship");

        group.MapPost("/{id:guid}/hardships/{kind}/clearance", async Task<IResult> (Guid id, string kind, EndInput input, HttpContext http,
            StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var k = Codes.Parse<HardshipKind>(kind, "kind", errors);
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => ClearFamilyHardship.Decide(new ClearFamilyHardship(id, k!.Value, on!.Value, reason!, at), child)),
                views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ClearFamilyHardship");
        return group;
    }
}
