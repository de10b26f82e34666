using ChildProtection.Registry.Children.Facts;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildProtection.Registry.SpotChecks;

/// <summary><c>{"complete":false,"missing":["visit-records","care-agreement"],"notes":"…"}</c>.</summary>
public sealed record FileCheckInput(bool? Complete, string[]? Missing, string? Notes);

/// <summary>The checker records one sampled file's checklist result.</summary>
public static class RecordFileCheck
{
    public static RouteGroupBuilder MapRecordFileCheck(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/files/{childId:guid}", async Task<IResult> (Guid id, Guid childId, FileCheckInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (input.Complete is null) errors["complete"] = ["Required: true when nothing on the checklist is missing."];
            var missing = (input.Missing ?? []).Distinct().ToList();
            var unknown = missing.Where(m => !ChecklistItems.All.Contains(m)).ToList();
            if (unknown.Count > 0) errors["missing"] = [$"Unknown checklist items {string.Join(", ", unknown)}; use: {string.Join(", ", ChecklistItems.All)}."];
            if (input.Complete == true && missing.Count > 0) errors["missing"] = ["A complete file misses nothing."];
            if (input.Complete == false && missing.Count == 0) errors["missing"] = ["Say what an incomplete file misses."];
            var notes = InputDates.Text(input.Notes, "notes", errors, 2000, required: false);
            if (errors.Count > 0) return Problems.Validation(errors);
            var result = await cmd.ChangeAsync(http, id, SpotCheck.Kind,
                (check, at) => RecordSpotCheckFile.Decide(new RecordSpotCheckFile(childId, input.Complete!.Value, missing, notes, at), check),
                (_, version) => version, ct);
            // The result is recorded, not echoed: 204 with the new ETag.
            return result is Ok<object> ? TypedResults.NoContent() : result;
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordSpotCheckFile");
        return group;
    }
}
