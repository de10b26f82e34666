using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;
using ChildProtection.Registry.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.SpotChecks;

/// <summary><c>{"complete":false,"missing":["visit-records","care-agreement"],"notes":"…"}</c>.</summary>
public sealed record FileCheckInput(bool? Complete, string[]? Missing, string? Notes);

/// <summary>The checker records one sampled file's checklist result.</summary>
public static class RecordFileCheck
{
    public static RouteGroupBuilder MapRecordFileCheck(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/files/{childId:guid}", async Task<IResult> (Guid id, Guid childId, FileCheckInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var errors = new Dictionary<string, string[]>();
            if (input.Complete is null) errors["complete"] = ["Required: true when nothing on the checklist is missing."];
            var missing = (input.Missing ?? []).Distinct().ToList();
            var unknown = missing.Where(m => !ChecklistItems.All.Contains(m)).ToList();
            if (unknown.Count > 0) errors["missing"] = [$"Unknown checklist items {string.Join(", ", unknown)}; use: {string.Join(", ", ChecklistItems.All)}."];
            if (input.Complete == true && missing.Count > 0) errors["missing"] = ["A complete file misses nothing."];
            if (input.Complete == false && missing.Count == 0) errors["missing"] = ["Say what an incomplete file misses."];
            var notes = InputDates.Text(input.Notes, "notes", errors, 2000, required: false);
            if (errors.Count > 0) return Problems.Validation(errors);
            var (expected, precondition) = Preconditions.ExpectedVersion(http.Request, "spot check");
            if (precondition is not null) return precondition;

            var (check, version) = await store.AggregateStreamAsync<SpotCheck?>(id, null, SpotCheck.Evolve, ct);
            if (check is null || !caller.CanSee(check.CountyCode + "000000")) return Problems.NotFound("No such spot check in your jurisdiction.");
            if (!check.ChildIds.Contains(childId)) return Problems.Rejected("file-not-in-sample", "This child's file is not in the sample.");
            if (version != expected) throw new ConcurrencyException(id, expected);
            var result = await store.AppendAsync(id, SpotCheck.StreamType, version,
                [new SpotCheckFileChecked(id, childId, input.Complete!.Value, missing, notes, clock.GetUtcNow())], http.CreateEventMetadata(), ct: ct);
            http.Response.Headers.ETag = ETags.Format(result.NextVersion);
            return TypedResults.NoContent();
        }).RequireCaller(departments: [Departments.CivilAffairs]).WithName("RecordSpotCheckFile");
        return group;
    }
}
