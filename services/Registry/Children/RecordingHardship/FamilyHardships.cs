using ChildProtection.EventStore;
using ChildProtection.Registry.Children.DelegatingCare;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.RecordingHardship;

/// <summary><c>{"evidence":"minimum-living-guarantee household, county approval 2024-11","since":"2024-11-01"}</c>.</summary>
public sealed record HardshipInput(string? Evidence, string? Since);

/// <summary>Record family poverty (living, medical, schooling) and its end.</summary>
public static class FamilyHardships
{
    public static RouteGroupBuilder MapFamilyHardships(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/hardships/{kind}", async Task<IResult> (Guid id, string kind, HardshipInput input, HttpContext http,
            ChildCommandHandler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var k = Codes.Parse<HardshipKind>(kind, "kind", errors);
            var evidence = InputDates.Text(input.Evidence, "evidence", errors, 300);
            var since = InputDates.Parse(input.Since, "since", errors, clock.Today());
            if (errors.Count > 0) return Problems.Validation(errors);
            var hardship = new FamilyHardship(k!.Value, evidence!, since!.Value);
            return await handler.HandleAsync(http, id,
                (child, now) => child.Hardships.GetValueOrDefault(hardship.Kind) == hardship
                    ? Decision.Accept()
                    : Decision.Accept(new FamilyHardshipRecorded(id, hardship, now)), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordFamilyHardship");

        group.MapPost("/{id:guid}/hardships/{kind}/clearance", async Task<IResult> (Guid id, string kind, EndInput input, HttpContext http,
            ChildCommandHandler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var k = Codes.Parse<HardshipKind>(kind, "kind", errors);
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var reason = InputDates.Text(input.Reason, "reason", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id,
                (child, now) => child.Hardships.ContainsKey(k!.Value)
                    ? Decision.Accept(new FamilyHardshipCleared(id, k.Value, on!.Value, reason!, now))
                    : Decision.Reject("hardship-not-recorded", "No such hardship is recorded for the child's family."), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ClearFamilyHardship");
        return group;
    }
}
