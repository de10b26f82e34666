using ChildProtection.EventStore;
using ChildProtection.ServiceDefaults;
using Npgsql;

namespace ChildProtection.Registry.Children.AssigningDirector;

/// <summary><c>{"directorId":"…"}</c>.</summary>
public sealed record AssignDirectorInput(Guid? DirectorId);

/// <summary>Assign the child to an active child director of the child's own village.</summary>
public static class AssignDirector
{
    public static Decision Decide(Guid childId, Guid directorId, string? directorVillage, Child state, DateTimeOffset now)
    {
        if (directorVillage is null) return Decision.Reject("director-not-active", "No active child director has this id.");
        if (directorVillage != state.Details.RegionCode)
            return Decision.Reject("director-of-another-village", "The director serves another village; assign a director of the child's village.");
        return state.DirectorId == directorId ? Decision.Accept() : Decision.Accept(new DirectorAssigned(childId, directorId, now));
    }

    public static RouteGroupBuilder MapAssignDirector(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/director", async Task<IResult> (Guid id, AssignDirectorInput input, HttpContext http, ChildCommandHandler handler,
            NpgsqlDataSource db, CancellationToken ct) =>
        {
            if (input.DirectorId is not { } directorId || directorId == Guid.Empty) return Problems.Validation("directorId", "Required: the id of a child director.");
            await using var cmd = db.CreateCommand("SELECT village_code FROM registry.directors WHERE id = @id AND active");
            cmd.Parameters.AddWithValue("id", directorId);
            var village = await cmd.ExecuteScalarAsync(ct) as string;
            return await handler.HandleAsync(http, id, (child, now) => Decide(id, directorId, village, child, now), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AssignDirector");
        return group;
    }
}
