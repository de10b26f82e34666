using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Facts;
using ChildProtection.Relief.Rules;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults.Http;
using Marten;

namespace ChildProtection.Relief.Decisions;

/// <summary>An application on a child's behalf (e.g. minimum living guarantee with the platform's verdict as evidence).</summary>
public sealed record ApplyInput(string? Programme, IReadOnlyList<string>? Reasons, IReadOnlyList<string>? MissingEvidence);

public static class ApplyEndpoint
{
    /// <summary>
    /// <c>POST /api/relief/children/{childId}/cases</c>: 201 with the case id; 409 when already covered or overlapping; 404 for a
    /// child Relief has not heard of. An application needs no <c>If-Match</c> and may be the first thing on the child's
    /// record, so it is not a change through the command step: the child is found in Relief's facts from the registry, the
    /// decision is taken on the record as it is (none yet, or its current version), and the append expects that version
    /// (409 when someone appended in between).
    /// </summary>
    public static RouteGroupBuilder MapApply(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/cases", async Task<IResult> (Guid childId, ApplyInput input, HttpContext http, IDocumentStore store,
            ChildFactsTable factsTable, TimeProvider clock, CancellationToken ct) =>
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
            var facts = await factsTable.ReadAsync(childId, ct);
            if (facts?.RegionCode is not { } region || !caller.CanSee(region)) return Problems.NotFound("No such child in your jurisdiction.");

            await using var session = store.LightweightSession();
            var relief = await session.FetchForWritingAsync<ChildRelief>(childId, ChildRelief.Evolve, ct);
            var command = new ApplyForRelief(Guid.NewGuid(), childId, region, input.Programme!, reasons!, missing!, caller.User, Moment.Of(clock));
            switch (ApplyForRelief.Decide(command, relief.State))
            {
                case Decision.Rejected rejected:
                    return Problems.Rejected(rejected.Code, rejected.Reason);
                case Decision.Accepted accepted:
                    relief.Append(accepted.Events);
                    http.CreateEventMetadata().ApplyTo(session);
                    await session.SaveChangesAsync(ct);
                    http.Response.Headers.ETag = ETags.Format(relief.Version);
                    return TypedResults.Created($"/api/relief/children/{childId}", new { caseId = command.CaseId });
                default:
                    throw new InvalidOperationException("An application is accepted or rejected.");
            }
        }).WithName("ApplyForRelief");
        return group;
    }
}
