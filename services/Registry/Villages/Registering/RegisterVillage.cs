using ChildProtection.Registry.Http;
using ChildProtection.Registry.Villages.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;

namespace ChildProtection.Registry.Villages.Registering;

/// <summary>Register a village or community under its statistical code.</summary>
public sealed record RegisterVillage(string Code, string Name, Moment At)
{
    /// <summary>Refuses a code that is already registered.</summary>
    public static Decision Decide(RegisterVillage command, Village? state) => state is not null
        ? Decision.Reject(AlreadyRegistered, "A village with this code is already registered.")
        : Decision.Accept(new VillageRegistered(Village.StreamId(command.Code), command.Code, command.Name, command.At.Now));

    /// <summary>The rejection code for a second registration of the same code.</summary>
    public const string AlreadyRegistered = "village-already-registered";
}

/// <summary>The body of <c>POST /api/registry/villages</c>.</summary>
public sealed record RegisterVillageInput(string? Code, string? Name)
{
    /// <summary>Validates; on failure returns the errors per field.</summary>
    public (RegisterVillage? Command, Dictionary<string, string[]> Errors) Validate(Moment at)
    {
        var errors = new Dictionary<string, string[]>();
        var code = InputFields.Region(errors, "code", Code, RegionLevel.Village);
        var name = InputFields.Text(errors, "name", Name, 100, "The village's name");
        return errors.Count > 0 ? (null, errors) : (new RegisterVillage(code!, name!, at), errors);
    }
}

/// <summary>Maps <c>POST /</c> on the villages group.</summary>
public static class RegisterVillageEndpoint
{
    /// <summary>201 with the village and its ETag; 409 <c>village-already-registered</c> for a known code.</summary>
    public static RouteGroupBuilder MapRegisterVillage(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (RegisterVillageInput input, HttpContext http, StreamCommand cmd, IDocumentStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (command, errors) = input.Validate(Moment.Of(clock));
            if (command is null) return Problems.Validation(errors);
            if (!caller.CanSee(command.Code)) return Problems.Forbidden("The village is outside your jurisdiction.");

            // The stream id follows from the code: a second registration finds the village (or, racing, collides on the stream).
            var id = Village.StreamId(command.Code);
            Village? state;
            await using (var query = store.QuerySession())
                (state, _) = await query.ReadStreamAsync<Village>(id, Village.Evolve, ct);
            try
            {
                return await cmd.StartAsync(http, id, Village.Kind, RegisterVillage.Decide(command, state), VillageView.From,
                    $"/api/registry/villages/{command.Code}", ct);
            }
            catch (Exception e) when (e is JasperFx.ConcurrencyException or Marten.Exceptions.ExistingStreamIdCollisionException)
            {
                // A concurrent registration of the same code won the race.
                return Problems.Rejected(RegisterVillage.AlreadyRegistered, "A village with this code is already registered.");
            }
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterVillage");
        return group;
    }
}
