using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Registry.Http;

namespace ChildProtection.Registry.Children.RecordingHarm;

/// <summary><c>{"kind":"abuse","occurredOn":"2025-05-02","source":"mandatory report from the township school"}</c>.</summary>
public sealed record HarmInput(string? Kind, string? OccurredOn, string? Source);

/// <summary><c>{"on":"2025-08-01","resolution":"placed with the aunt under temporary guardianship"}</c>.</summary>
public sealed record ResolutionInput(string? On, string? Resolution);

/// <summary>Record harm from absent or improper guardianship (not before the child's birth).</summary>
public sealed record RecordHarm(Guid ChildId, HarmKind Kind, DateOnly OccurredOn, string Source, Moment At)
{
    public static Decision Decide(RecordHarm c, Child state) =>
        ChildDecisions.BornBefore(state, ("occurredOn", c.OccurredOn))
        ?? Decision.Accept(new HarmRecorded(c.ChildId, new HarmRecord(Guid.CreateVersion7(c.At.Now), c.Kind, c.OccurredOn, c.Source), c.At.Now));
}

/// <summary>A recorded harm was resolved (the child is safe again).</summary>
public sealed record ResolveHarm(Guid ChildId, Guid HarmId, DateOnly On, string Resolution, Moment At)
{
    public static Decision Decide(ResolveHarm c, Child state) =>
        state.Harms.Any(h => h.HarmId == c.HarmId)
            ? Decision.Accept(new HarmResolved(c.ChildId, c.HarmId, c.On, c.Resolution, c.At.Now))
            : Decision.Reject("harm-not-found", "No such unresolved harm on the child's file.");
}

/// <summary>The routes of harms and their resolution.</summary>
public static class Harms
{
    public static RouteGroupBuilder MapHarms(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/harms", async Task<IResult> (Guid id, HarmInput input, HttpContext http, StreamCommand cmd,
            IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var kind = Codes.Parse<HarmKind>(input.Kind, "kind", errors);
            var on = InputDates.Parse(input.OccurredOn, "occurredOn", errors, clock.Today());
            var source = InputDates.Text(input.Source, "source", errors, 300);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => RecordHarm.Decide(new RecordHarm(id, kind!.Value, on!.Value, source!, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordHarm");

        group.MapPost("/{id:guid}/harms/{harmId:guid}/resolution", async Task<IResult> (Guid id, Guid harmId, ResolutionInput input,
            HttpContext http, StreamCommand cmd, IRegistryPolicies policies, ChildViews views, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = InputDates.Parse(input.On, "on", errors, clock.Today());
            var resolution = InputDates.Text(input.Resolution, "resolution", errors, 500);
            if (errors.Count > 0) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => ResolveHarm.Decide(new ResolveHarm(id, harmId, on!.Value, resolution!, at), child)),
                views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("ResolveHarm");
        return group;
    }
}
