using ChildProtection.Registry.Directors.Reading;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Villages;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Marten;

namespace ChildProtection.Registry.Directors.Registering;

/// <summary>Register a child director appointed to a village.</summary>
public sealed record RegisterDirector(Guid DirectorId, DirectorDetails Details, Moment At)
{
    /// <summary>A new director's stream starts with <see cref="DirectorRegistered"/>.</summary>
    public static Decision Decide(RegisterDirector command, Director? state) => state is not null
        ? Decision.Reject("director-already-registered", "A director with this id is already registered.")
        : Decision.Accept(new DirectorRegistered(command.DirectorId, command.Details, command.At.Now));
}

/// <summary>The body of <c>POST /api/registry/directors</c>.</summary>
public sealed record RegisterDirectorInput(string? Name, string? Phone, string? VillageCode, bool? RealNameRegistered, string? AppointedOn)
{
    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (DirectorDetails? Details, Dictionary<string, string[]> Errors) Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var name = InputFields.Text(errors, "name", Name, 50, "The director's name");
        var phone = InputFields.Phone(errors, "phone", Phone);
        var village = InputFields.Region(errors, "villageCode", VillageCode, RegionLevel.Village);
        var realName = InputFields.Required(errors, "realNameRegistered", RealNameRegistered, "Real-name registration");
        var appointedOn = InputFields.PastDate(errors, "appointedOn", AppointedOn, today, "The appointment date");
        return errors.Count > 0
            ? (null, errors)
            : (new DirectorDetails(name!, phone!, village!, realName!.Value, appointedOn!.Value), errors);
    }
}

/// <summary>Maps <c>POST /</c> on the directors group.</summary>
public static class RegisterDirectorEndpoint
{
    /// <summary>201 with the director and its ETag; 400 when the village is not registered.</summary>
    public static RouteGroupBuilder MapRegisterDirector(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (RegisterDirectorInput input, HttpContext http, StreamCommand cmd, IDocumentStore store,
            TimeProvider clock, StaffPhones phones, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (details, errors) = input.Validate(clock.Today());
            if (details is null) return Problems.Validation(errors);
            if (!caller.CanSee(details.VillageCode)) return Problems.Forbidden("The village is outside your jurisdiction.");
            await using (var query = store.QuerySession())
                if (await query.Events.FetchStreamStateAsync(Village.StreamId(details.VillageCode), ct) is null)
                    return Problems.Validation("villageCode", "No village with this code is registered; register the village first.");

            // The event and the roster hold the phone encrypted; the clear number lives only in this request.
            var command = new RegisterDirector(Guid.CreateVersion7(), details with { Phone = phones.Protect(details.Phone) }, Moment.Of(clock));
            return await cmd.StartAsync(http, command.DirectorId, Director.Kind, RegisterDirector.Decide(command, null),
                (d, v) => DirectorView.From(d, v, phones.Clear), $"/api/registry/directors/{command.DirectorId}", ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterDirector");
        return group;
    }
}
