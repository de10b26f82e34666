using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Http;
using ChildProtection.Registry.Villages.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.Villages.Registering;

/// <summary>Register a village or community under its statistical code.</summary>
public sealed record RegisterVillage(string Code, string Name, DateTimeOffset Now)
{
    /// <summary>Refuses a code that is already registered.</summary>
    public static Decision Decide(RegisterVillage command, Village? state) => state is not null
        ? Decision.Reject(AlreadyRegistered, "A village with this code is already registered.")
        : Decision.Accept(new VillageRegistered(Village.StreamId(command.Code), command.Code, command.Name, command.Now));

    /// <summary>The rejection code for a second registration of the same code.</summary>
    public const string AlreadyRegistered = "village-already-registered";
}

/// <summary>The body of <c>POST /api/registry/villages</c>.</summary>
public sealed record RegisterVillageInput(string? Code, string? Name)
{
    /// <summary>Validates; on failure returns the errors per field.</summary>
    public (RegisterVillage? Command, Dictionary<string, string[]> Errors) Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var code = InputFields.Region(errors, "code", Code, RegionLevel.Village);
        var name = InputFields.Text(errors, "name", Name, 100, "The village's name");
        return errors.Count > 0 ? (null, errors) : (new RegisterVillage(code!, name!, now), errors);
    }
}

/// <summary>Maps <c>POST /</c> on the villages group.</summary>
public static class RegisterVillageEndpoint
{
    /// <summary>201 with the village and its ETag; 409 <c>village-already-registered</c> for a known code.</summary>
    public static RouteGroupBuilder MapRegisterVillage(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<IResult> (RegisterVillageInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var (command, errors) = input.Validate(clock.GetUtcNow());
            if (command is null) return Problems.Validation(errors);
            if (!caller.CanSee(command.Code)) return Problems.Forbidden("The village is outside your jurisdiction.");

            var id = Village.StreamId(command.Code);
            var (state, _) = await store.AggregateStreamAsync<Village?>(id, null, Village.Evolve, ct);
            if (RegisterVillage.Decide(command, state) is not Decision.Accepted accepted)
                return Problems.Rejected(RegisterVillage.AlreadyRegistered, "A village with this code is already registered.");
            AppendResult result;
            try
            {
                result = await store.StartStreamAsync(id, VillageEventTypes.StreamType, accepted.Events, http.CreateEventMetadata(), ct: ct);
            }
            catch (ConcurrencyException)
            {
                // A concurrent registration of the same code won the race.
                return Problems.Rejected(RegisterVillage.AlreadyRegistered, "A village with this code is already registered.");
            }

            http.Response.Headers.ETag = ETags.Format(result.NextVersion);
            var village = new Village(id, command.Code, command.Name, command.Now);
            return TypedResults.Created($"/api/registry/villages/{command.Code}", VillageView.From(village, result.NextVersion));
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("RegisterVillage");
        return group;
    }
}
