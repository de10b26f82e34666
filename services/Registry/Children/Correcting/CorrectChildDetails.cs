using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Children.Correcting;

/// <summary>Correct a registered child's basic details.</summary>
public sealed record CorrectChildDetails(Guid ChildId, ChildDetails Details, DateTimeOffset Now)
{
    public static Decision Decide(CorrectChildDetails command, Child? state) => state switch
    {
        null => Decision.Reject("child-not-found", "No child with this id is registered."),
        _ when state.Details == command.Details => Decision.Accept(),
        _ => Decision.Accept(new ChildDetailsCorrected(command.ChildId, command.Details, command.Now)),
    };
}

public static class CorrectChildDetailsEndpoint
{
    public static RouteGroupBuilder MapCorrectChildDetails(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<IResult> (Guid id, ChildDetailsInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var expected = ETags.ParseIfMatch(http.Request);
            if (expected is null)
                return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                    detail: "Send the child's current ETag in If-Match, so a concurrent change is not overwritten.");
            if (expected < 0) return Problems.Validation("If-Match", "If-Match must be the ETag returned by the registry, e.g. \"3\".");

            var now = clock.GetUtcNow();
            var (details, errors) = input.Validate(DateOnly.FromDateTime(now.UtcDateTime));
            if (details is null) return Problems.Validation(errors);

            var (state, version) = await store.AggregateStreamAsync<Child?>(id, null, Child.Evolve, ct);
            if (state is null || !caller.CanSee(state.Details.RegionCode)) return Problems.NotFound("No such child in your jurisdiction.");
            if (!caller.CanSee(details.RegionCode)) return Problems.Forbidden("The new region is outside your jurisdiction.");
            if (version != expected) throw new ConcurrencyException(id, expected.Value);

            switch (CorrectChildDetails.Decide(new CorrectChildDetails(id, details, now), state))
            {
                case Decision.Rejected rejected:
                    return Problems.Rejected(rejected.Code, rejected.Reason);
                case Decision.Accepted { Events.Count: 0 }:
                    http.Response.Headers.ETag = ETags.Format(version);
                    return TypedResults.Ok(ChildView.From(state, version, caller));
                case Decision.Accepted accepted:
                    var result = await store.AppendAsync(id, ChildEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                    http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                    return TypedResults.Ok(ChildView.From(state with { Details = details }, result.NextVersion, caller));
                default:
                    throw new InvalidOperationException("Unknown decision.");
            }
        })
        .RequireCaller(departments: [Departments.CivilAffairs])
        .WithName("CorrectChildDetails");
        return group;
    }
}
