using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Npgsql;

namespace ChildProtection.Registry.Children.AssigningDirector;

/// <summary><c>{"directorId":"…"}</c>.</summary>
public sealed record AssignDirectorInput(Guid? DirectorId);

/// <summary>Assign the child to an active child director of the child's own village.</summary>
/// <param name="DirectorVillage">The village the director serves, from the roster; null when no active director has the id.</param>
public sealed record AssignDirector(Guid ChildId, Guid DirectorId, string? DirectorVillage, Moment At)
{
    public static Decision Decide(AssignDirector c, Child state)
    {
        if (c.DirectorVillage is null) return Decision.Reject("director-not-active", "No active child director has this id.");
        if (c.DirectorVillage != state.Details.RegionCode)
            return Decision.Reject("director-of-another-village", "The director serves another village; assign a director of the child's village.");
        return state.DirectorId == c.DirectorId ? Decision.Accept() : Decision.Accept(new DirectorAssigned(c.ChildId, c.DirectorId, c.At.Now));
    }
}

public static class AssignDirectorEndpoint
{
    public static RouteGroupBuilder MapAssignDirector(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/director", async Task<IResult> (Guid id, AssignDirectorInput input, HttpContext http, StreamCommand cmd,
            NpgsqlDataSource db, ServiceSchema schema, IRegistryPolicies policies, ChildViews views, CancellationToken ct) =>
        {
            if (input.DirectorId is not { } directorId || directorId == Guid.Empty) return Problems.Validation("directorId", "Required: the id of a child director.");
            await using var find = db.CreateCommand($"SELECT village_code FROM {schema.Table("directors")} WHERE id = @id AND active");
            find.Parameters.AddWithValue("id", directorId);
            var village = await find.ExecuteScalarAsync(ct) as string;
            return await cmd.ChangeAsync(http, id, Child.Kind,
                policies.Reconciling((child, at) => AssignDirector.Decide(new AssignDirector(id, directorId, village, at), child)), views.For(http), ct);
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("AssignDirector");
        return group;
    }
}
