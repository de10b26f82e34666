using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Http;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;
using Npgsql;

namespace ChildProtection.Relief.Decisions;

/// <summary>An application on a child's behalf (e.g. minimum living guarantee with the platform's verdict as evidence).</summary>
public sealed record ApplyInput(string? Programme, IReadOnlyList<string>? Reasons, IReadOnlyList<string>? MissingEvidence);

public static class ApplyEndpoint
{
    /// <summary><c>POST /api/relief/children/{childId}/cases</c>: 201 with the case id; 409 when already covered or overlapping.</summary>
    public static RouteGroupBuilder MapApply(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/cases", async Task<IResult> (Guid childId, ApplyInput input, HttpContext http, PostgresEventStore store,
            NpgsqlDataSource db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (input.Programme is null || !Programmes.All.Contains(input.Programme))
                errors["programme"] = [$"Must be one of: {string.Join(", ", Programmes.All)}."];
            var reasons = (input.Reasons ?? []).Select(r => r?.Trim()).Where(r => r is not { Length: 0 }).ToList();
            if (reasons.Count == 0 || reasons.Any(r => r is null or { Length: > 500 }))
                errors["reasons"] = ["One or more reasons (each a text of at most 500 characters) are required."];
            var missing = (input.MissingEvidence ?? []).Select(r => r?.Trim()).Where(r => r is not { Length: 0 }).ToList();
            if (missing.Any(r => r is null or { Length: > 500 })) errors["missingEvidence"] = ["Each line is a text of at most 500 characters."];
            if (errors.Count > 0) return Problems.Validation(errors);

            var caller = Caller.From(http.User);
            var facts = await ChildFactsTable.ReadAsync(db, childId, ct);
            if (facts?.RegionCode is not { } region || !caller.CanSee(region)) return Problems.NotFound("No such child in your jurisdiction.");
            var (state, version) = await store.AggregateStreamAsync<ChildRelief?>(childId, null, ChildRelief.Evolve, ct);
            if (state?.Covers(input.Programme!) == true) return Problems.Rejected("already-covered", "The child already has a pending case or an entitlement for this programme.");
            if (state is not null && CaseDecisions.Overlap(state, input.Programme!) is { } held)
                return Problems.Rejected("programme-overlap", $"The child holds the {held}; a child cannot hold both allowances.");
            var now = clock.GetUtcNow();
            var opened = new CaseOpened(Guid.NewGuid(), childId, region, input.Programme!, "application", reasons!, missing!, clock.Today(), caller.User, now);
            var result = await store.AppendAsync(childId, ReliefEventTypes.StreamType, version, [opened], http.CreateEventMetadata(), ct: ct);
            http.Response.Headers.ETag = ETags.Format(result.NextVersion);
            return TypedResults.Created($"/api/relief/children/{childId}", new { caseId = opened.CaseId });
        }).WithName("ApplyForRelief");
        return group;
    }
}
