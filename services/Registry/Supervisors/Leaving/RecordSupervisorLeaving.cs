using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Staff;
using ChildProtection.Registry.Supervisors.Reading;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Supervisors.Leaving;

/// <summary>Record that a supervisor left the post.</summary>
public sealed record RecordSupervisorLeaving(Guid SupervisorId, Departure Departure, DateTimeOffset Now)
{
    /// <summary>Only a serving supervisor can leave.</summary>
    public static Decision Decide(RecordSupervisorLeaving command, Supervisor? state) => state switch
    {
        null => Decision.Reject("supervisor-not-found", "No supervisor with this id is registered."),
        { Active: false } => Decision.Reject("supervisor-already-left", "The supervisor has already left the post."),
        _ => Decision.Accept(new SupervisorLeft(command.SupervisorId, command.Departure.LeftOn, command.Departure.Reason, command.Now)),
    };
}

/// <summary>Maps <c>POST /{id}/leave</c> on the supervisors group.</summary>
public static class RecordSupervisorLeavingEndpoint
{
    /// <summary>200 with the supervisor and the new ETag; needs <c>If-Match</c> (428 without, 409 when stale).</summary>
    public static RouteGroupBuilder MapRecordSupervisorLeaving(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/leave", async Task<IResult> (Guid id, LeavingInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (expected, precondition) = Preconditions.ExpectedVersion(http.Request, "supervisor");
            if (precondition is not null) return precondition;
            var (departure, errors) = input.Validate(clock.Today());
            if (departure is null) return Problems.Validation(errors);

            var (state, version) = await store.AggregateStreamAsync<Supervisor?>(id, null, Supervisor.Evolve, ct);
            if (state is null || !caller.CanSee(state.Details.TownshipCode)) return Problems.NotFound("No such supervisor in your jurisdiction.");
            if (version != expected) throw new ConcurrencyException(id, expected);

            var decision = RecordSupervisorLeaving.Decide(new RecordSupervisorLeaving(id, departure, clock.GetUtcNow()), state);
            if (decision is Decision.Rejected rejected) return Problems.Rejected(rejected.Code, rejected.Reason);
            var accepted = (Decision.Accepted)decision;
            var result = await store.AppendAsync(id, SupervisorEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
            http.Response.Headers.ETag = ETags.Format(result.NextVersion);
            return TypedResults.Ok(SupervisorView.From(accepted.Events.Aggregate((Supervisor?)state, Supervisor.Evolve)!, result.NextVersion));
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RecordSupervisorLeaving");
        return group;
    }
}
