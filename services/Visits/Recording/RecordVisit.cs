using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Visits.Escalations;
using ChildProtection.Visits.Plans;

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

/// <summary>
/// Record a contact or home visit with its findings on the child's open plan; the findings' escalations (under the policy of
/// the child's village) are decided in the same append.
/// </summary>
/// <param name="VisitId">The new visit's id.</param>
/// <param name="Visit">The visit as validated at the edge (<see cref="Validate"/>).</param>
/// <param name="RecordedBy">The subject of the user who records it.</param>
/// <param name="Policy">The visit policy of the plan's village.</param>
public sealed record RecordVisit(Guid VisitId, VisitCommand Visit, string RecordedBy, VisitPolicy Policy, Moment At)
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
    public static Decision Decide(RecordVisit c, Plan plan)
    {
        if (!plan.Open) return Decision.Reject("child-not-in-scope", "The child has left every category; the plan is closed.");
        var v = c.Visit;
        var visit = new VisitRecorded(c.VisitId, plan.ChildId, plan.RegionCode, plan.DirectorId, v.Kind, v.Mode, v.OccurredAt, v.Place, v.Seen,
            v.Findings, v.Notes, c.RecordedBy, c.At.Now);
        return Decision.Accept(FindingEscalations.Decide(plan, visit, c.Policy).Prepend(visit));
    }
}
