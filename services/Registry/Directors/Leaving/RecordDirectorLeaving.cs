using ChildProtection.Registry.Directors.Reading;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Staff;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Directors.Leaving;

/// <summary>Record that a director left the post.</summary>
public sealed record RecordDirectorLeaving(Guid DirectorId, Departure Departure, Moment At)
{
    /// <summary>Only a serving director can leave, and not before being appointed.</summary>
    public static Decision Decide(RecordDirectorLeaving command, Director? state) => state switch
    {
        null => Decision.Reject("director-not-found", "No director with this id is registered."),
        { Active: false } => Decision.Reject("director-already-left", "The director has already left the post."),
        _ when command.Departure.LeftOn < state.Details.AppointedOn =>
            Decision.Reject("left-before-appointment", "The leaving date is before the director was appointed."),
        _ => Decision.Accept(new DirectorLeft(command.DirectorId, command.Departure.LeftOn, command.Departure.Reason, command.At.Now)),
    };
}

/// <summary>Maps <c>POST /{id}/leave</c> on the directors group.</summary>
public static class RecordDirectorLeavingEndpoint
{
    /// <summary>200 with the director and the new ETag; needs <c>If-Match</c> (428 without, 409 when stale).</summary>
    public static RouteGroupBuilder MapRecordDirectorLeaving(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/leave", async Task<IResult> (Guid id, LeavingInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, StaffPhones phones, CancellationToken ct) =>
        {
            var (departure, errors) = input.Validate(clock.Today());
            if (departure is null) return Problems.Validation(errors);
            return await cmd.ChangeAsync(http, id, Director.Kind,
                (s, at) => RecordDirectorLeaving.Decide(new RecordDirectorLeaving(id, departure, at), s), (s, v) => DirectorView.From(s, v, phones.Clear), ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RecordDirectorLeaving");
        return group;
    }
}
