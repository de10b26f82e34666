using ChildProtection.EventStore;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.RecordingHarm;

/// <summary><c>{"kind":"abuse","occurredOn":"2025-05-02","source":"mandatory report from the township school"}</c>.</summary>
public sealed record HarmInput(string? Kind, string? OccurredOn, string? Source);

/// <summary><c>{"on":"2025-08-01","resolution":"placed with the aunt under temporary guardianship"}</c>.</summary>
public sealed record ResolutionInput(string? On, string? Resolution);

/// <summary>Record harm from absent or improper guardianship, and its resolution.</summary>
public static class Harms
{
    public static RouteGroupBuilder MapHarms(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/harms", async Task<IResult> (Guid id, HarmInput input, HttpContext http, ChildCommandHandler handler,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var kind = Codes.Parse<HarmKind>(input.Kind, "kind", errors);
            var on = InputDates.Parse(input.OccurredOn, "occurredOn", errors, clock.Today());
            var source = InputDates.Text(input.Source, "source", errors, 300);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id,
                (_, now) => Decision.Accept(new HarmRecorded(id, new HarmRecord(Guid.CreateVersion7(now), kind!.Value, on!.Value, source!), now)), ct,
                child => InputDates.NotBeforeBirth(child, ("occurredOn", on)));
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordHarm");

        group.MapPost("/{id:guid}/harms/{harmId:guid}/resolution", async Task<IResult> (Guid id, Guid harmId, ResolutionInput input,
            HttpContext http, ChildCommandHandler handler, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var resolution = InputDates.Text(input.Resolution, "resolution", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await handler.HandleAsync(http, id,
                (child, now) => child.Harms.Any(h => h.HarmId == harmId)
                    ? Decision.Accept(new HarmResolved(id, harmId, on!.Value, resolution!, now))
                    : Decision.Reject("harm-not-found", "No such unresolved harm on the child's file."), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ResolveHarm");
        return group;
    }
}
