using ChildProtection.Registry.Http;
using ChildProtection.Registry.Supervisors.Reading;
using ChildProtection.Registry.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Registry.Supervisors.Registering;

/// <summary>Register a child supervisor appointed to a township or street.</summary>
public sealed record RegisterSupervisor(Guid SupervisorId, SupervisorDetails Details, Moment At)
{
    /// <summary>A new supervisor's stream starts with <see cref="SupervisorRegistered"/>.</summary>
    public static Decision Decide(RegisterSupervisor command, Supervisor? state) => state is not null
        ? Decision.Reject("supervisor-already-registered", "A supervisor with this id is already registered.")
        : Decision.Accept(new SupervisorRegistered(command.SupervisorId, command.Details, command.At.Now));
}

/// <summary>The body of <c>POST /api/registry/supervisors</c>.</summary>
public sealed record RegisterSupervisorInput(string? Name, string? Phone, string? TownshipCode)
{
    /// <summary>Validates and converts; on failure returns the errors per field, in camelCase.</summary>
    public (SupervisorDetails? Details, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        var name = InputFields.Text(errors, "name", Name, 50, "The supervisor's name");
        var phone = InputFields.Phone(errors, "phone", Phone);
        var township = InputFields.Region(errors, "townshipCode", TownshipCode, RegionLevel.Township);
        return errors.Count > 0 ? (null, errors) : (new SupervisorDetails(name!, phone!, township!), errors);
    }
}

/// <summary>Maps <c>POST /</c> on the supervisors group.</summary>
public static class RegisterSupervisorEndpoint
{
    /// <summary>201 with the supervisor and its ETag.</summary>
    public static RouteGroupBuilder MapRegisterSupervisor(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (RegisterSupervisorInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, StaffPhones phones, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (details, errors) = input.Validate();
            if (details is null) return Problems.Validation(errors);
            if (!caller.CanSee(details.TownshipCode)) return Problems.Forbidden("The township is outside your jurisdiction.");

            // The event and the roster hold the phone encrypted; the clear number lives only in this request.
            var command = new RegisterSupervisor(Guid.CreateVersion7(), details with { Phone = phones.Protect(details.Phone) }, Moment.Of(clock));
            return await cmd.StartAsync(http, command.SupervisorId, Supervisor.Kind, RegisterSupervisor.Decide(command, null),
                (s, v) => SupervisorView.From(s, v, phones.Clear), $"/api/registry/supervisors/{command.SupervisorId}", ct);
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterSupervisor");
        return group;
    }
}
