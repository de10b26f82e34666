using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.Jurisdictions;
using ChildProtection.Visits.Escalations;
using ChildProtection.Visits.Http;
using ChildProtection.Visits.Plans;
using ChildProtection.Visits.Reading;
using ChildProtection.Visits.Schedule;

namespace ChildProtection.Visits.Recording;

/// <summary>One finding as sent: <c>{"code":"signs-of-harm","note":"…"}</c>.</summary>
public sealed record FindingInput(string? Code, string? Note);

/// <summary>
/// <c>{"kind":"home-visit","mode":"in-person","occurredAt":"…","place":"…","seen":["child","carer"],"findings":[…],"notes":"…"}</c>.
/// </summary>
public sealed record RecordVisitInput(string? Kind, string? Mode, DateTimeOffset? OccurredAt, string? Place, string[]? Seen,
    FindingInput[]? Findings, string? Notes);

/// <summary>A visit as validated at the edge.</summary>
public sealed record VisitCommand(string Kind, string Mode, DateTimeOffset OccurredAt, string Place, IReadOnlyList<string> Seen,
    IReadOnlyList<Finding> Findings, string? Notes);

/// <summary>What recording answers: the visit's id, the escalations it raised and the plan after it.</summary>
public sealed record VisitRecordedView(Guid VisitId, Guid ChildId, IReadOnlyList<string> Escalations, PlanView Plan);

/// <summary>Record a contact or home visit with its findings; the findings' escalations are decided in the same append.</summary>
public static class RecordVisit
{
    private const int MaxPlace = 200, MaxNote = 1000, MaxNotes = 4000;

    /// <summary>Field checks; every invalid field is reported at once.</summary>
    public static (VisitCommand? Command, Dictionary<string, string[]> Errors) Validate(RecordVisitInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = input.Kind?.Trim();
        if (kind is null || !VisitKinds.All.Contains(kind))
            errors["kind"] = ["Kind must be contact or home-visit."];
        var mode = input.Mode?.Trim();
        if (kind == VisitKinds.HomeVisit)
        {
            if (mode is not null && mode != ContactModes.InPerson) errors["mode"] = ["A home visit is in person (mode in-person or left out)."];
            mode = ContactModes.InPerson;
        }
        else if (mode is null || !ContactModes.All.Contains(mode))
        {
            errors["mode"] = ["Mode must be phone, video or in-person."];
        }
        if (input.OccurredAt is not { } occurredAt) errors["occurredAt"] = ["occurredAt is required (ISO 8601 with offset)."];
        else if (occurredAt > now) errors["occurredAt"] = ["A visit cannot be recorded in the future."];
        var place = input.Place?.Trim();
        if (string.IsNullOrEmpty(place)) errors["place"] = ["Place is required."];
        else if (place.Length > MaxPlace) errors["place"] = [$"Place must be at most {MaxPlace} characters."];

        var seen = (input.Seen ?? []).Select(s => s?.Trim()).ToList();
        if (seen.Count == 0) errors["seen"] = ["Say who was seen or spoken to (e.g. child, carer)."];
        else if (seen.Any(s => s is null || !PeopleSeen.All.Contains(s)))
            // The unknown value is not echoed: people type names where a code belongs.
            errors["seen"] = [$"Who was seen must be given by codes: {string.Join(", ", PeopleSeen.All)}."];

        var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        if (notes?.Length > MaxNotes) errors["notes"] = [$"Notes must be at most {MaxNotes} characters."];

        var findings = new List<Finding>();
        var list = input.Findings ?? [];
        for (var i = 0; i < list.Length; i++)
        {
            var code = list[i]?.Code?.Trim();
            var note = string.IsNullOrWhiteSpace(list[i]?.Note) ? null : list[i]!.Note!.Trim();
            if (code is null || !FindingCodes.All.Contains(code))
                errors[$"findings[{i}].code"] = [$"Unknown finding; one of {string.Join(", ", FindingCodes.All)}."];
            else if (findings.Any(f => f.Code == code))
                errors[$"findings[{i}].code"] = [$"'{code}' is listed twice."];
            else if (note?.Length > MaxNote)
                errors[$"findings[{i}].note"] = [$"A finding's note must be at most {MaxNote} characters."];
            else if (FindingCodes.Reportable.Contains(code) && note is null && notes is null)
                errors[$"findings[{i}].note"] = ["Describe what was observed: it goes into the mandatory report."];
            else
                findings.Add(new Finding(code, note));
        }
        return errors.Count > 0 ? (null, errors) : (new VisitCommand(kind!, mode!, input.OccurredAt!.Value, place!, seen!, findings, notes), errors);
    }

    /// <summary>Pure decide: the visit and the escalations of its findings, or a rejection when the plan is closed.</summary>
    public static Decision Decide(Plan plan, VisitCommand command, VisitPolicy policy, Guid visitId, string recordedBy, DateTimeOffset now)
    {
        if (!plan.Open) return Decision.Reject("child-not-in-scope", "The child has left every category; the plan is closed.");
        var visit = new VisitRecorded(visitId, plan.ChildId, plan.RegionCode, plan.DirectorId, command.Kind, command.Mode, command.OccurredAt,
            command.Place, command.Seen, command.Findings, command.Notes, recordedBy, now);
        return new Decision.Accepted([visit, .. FindingEscalations.Decide(plan, visit, policy)]);
    }

    public static RouteGroupBuilder MapRecordVisit(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/visits", async Task<IResult> (Guid childId, RecordVisitInput input, HttpContext http,
            PostgresEventStore store, VisitPolicies policies, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            var ifMatch = ETags.ParseIfMatch(http.Request);
            if (ifMatch < 0) return Problems.Validation("If-Match", "If-Match must be the plan's ETag, e.g. \"3\".");
            var (command, errors) = Validate(input, clock.GetUtcNow());
            if (command is null) return Problems.Validation(errors);

            var visitId = Guid.CreateVersion7();
            for (var attempt = 0; ; attempt++)
            {
                var (plan, version) = await store.AggregateStreamAsync<Plan?>(childId, null, Plan.Evolve, ct);
                if (plan is not null && !caller.CanSee(plan.RegionCode)) return Problems.NotFound("No visit plan for this child in your jurisdiction.");
                if (plan is not { Open: true })
                    return Problems.Validation("childId", "The child is not in scope of visits (no open visit plan: not in any category).");
                if (ifMatch is { } expected && expected != version) throw new ConcurrencyException(childId, expected);

                var now = clock.GetUtcNow();
                var policy = policies.For(plan.RegionCode);
                if (Decide(plan, command, policy, visitId, caller.User, now) is not Decision.Accepted accepted)
                    return Problems.Validation("childId", "The child is not in scope of visits.");
                try
                {
                    var result = await store.AppendAsync(childId, PlanEventTypes.StreamType, version, accepted.Events, http.CreateEventMetadata(), ct: ct);
                    var after = accepted.Events.Aggregate((Plan?)plan, Plan.Evolve)!;
                    http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                    var escalations = accepted.Events.Skip(1).Select(store.Types.NameOf).ToList();
                    return TypedResults.Created($"/api/visits/plans/{childId}/visits/{visitId}",
                        new VisitRecordedView(visitId, childId, escalations, PlanView.Of(after, result.NextVersion, policy, ChinaDate.On(now))));
                }
                catch (ConcurrencyException) when (ifMatch is null && attempt < 3)
                {
                    // Without If-Match the visit does not depend on the version: the registry or the scanner moved the plan; try again.
                }
            }
        }).RequireRecorder().WithName("RecordVisit");
        return group;
    }
}
