using ChildProtection.Registry.Http;
using ChildProtection.Registry.Staff;
using ChildProtection.Registry.Supervisors.Reading;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Supervisors.Leaving;

/// <summary>Record that a supervisor left the post.</summary>
public sealed record RecordSupervisorLeaving(Guid SupervisorId, Departure Departure, Moment At)
{
    /// <summary>Only a serving supervisor can leave.</summary>
    public static Decision Decide(RecordSupervisorLeaving command, Supervisor? state) => state switch
    {
        null => Decision.Reject("supervisor-not-found", "No supervisor with this id is registered."),
        { Active: false } => Decision.Reject("supervisor-already-left", "The supervisor has already left the post."),
        _ => Decision.Accept(new SupervisorLeft(command.SupervisorId, command.Departure.LeftOn, command.Departure.Reason, command.At.Now)),
    };
}

/// <summary>Maps <c>POST /{id}/leave</c> on the supervisors group.</summary>
public static class RecordSupervisorLeavingEndpoint
{
    /// <summary>200 with the supervisor and the new ETag; needs <c>If-Match</c> (428 without, 409 when stale).</summary>
    public static RouteGroupBuilder MapRecordSupervisorLeaving(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/leave", async Task<IResult> (Guid id, LeavingInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, StaffPhones phones, CancellationToken ct) =>
        {
            var (departure, errors) = input.Validate(clock.Today());
            if (departure is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Supervisor.Kind,
                (s, at) => RecordSupervisorLeaving.Decide(new RecordSupervisorLeaving(id, departure, at), s), (s, v) => SupervisorView.From(s, v, phones.Clear), ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RecordSupervisorLeaving");
        return group;
    }
}
