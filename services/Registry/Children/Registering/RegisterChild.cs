using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Children.Registering;

/// <summary>Open a child's file.</summary>
public sealed record RegisterChild(Guid ChildId, ChildDetails Details, DateTimeOffset Now)
{
    public static Decision Decide(RegisterChild command, Child? state) => state is not null
        ? Decision.Reject("child-already-registered", "A child with this id is already registered.")
        : Decision.Accept(new ChildRegistered(command.ChildId, command.Details, command.Now));
}

public static class RegisterChildEndpoint
{
    public static RouteGroupBuilder MapRegisterChild(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (ChildDetailsInput input, HttpContext http, PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var now = clock.GetUtcNow();
            var (details, errors) = input.Validate(DateOnly.FromDateTime(now.UtcDateTime));
            if (details is null) return Problems.Validation(errors);
            if (!caller.CanSee(details.RegionCode))
                return Problems.Forbidden("The child's region is outside your jurisdiction.");

            var command = new RegisterChild(Guid.CreateVersion7(), details, now);
            if (RegisterChild.Decide(command, null) is not Decision.Accepted accepted)
                return Problems.Rejected("child-already-registered", "The child is already registered.");
            var result = await store.StartStreamAsync(command.ChildId, ChildEventTypes.StreamType, accepted.Events,
                http.CreateEventMetadata(), ct: ct);

            http.Response.Headers.ETag = ETags.Format(result.NextVersion);
            var child = new Child(command.ChildId, details, now);
            return TypedResults.Created($"/api/registry/children/{command.ChildId}", ChildView.From(child, result.NextVersion, caller));
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterChild");
        return group;
    }
}
