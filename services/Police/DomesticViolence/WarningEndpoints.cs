using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Cases;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.DomesticViolence;

/// <summary>Issue a warning letter in an open case.</summary>
public sealed record IssueWarning(Guid WarningId, NamedGuardian Abuser, string Facts, DateOnly ServedOnAbuserOn, DateOnly ServedOnVictimOn,
    string VillageCommittee, DateOnly VillageCommitteeNotifiedOn, IReadOnlyList<DateOnly> FollowUpVisitDates, DateTimeOffset Now, string By)
{
    public static Decision Decide(IssueWarning c, PoliceCase s) => Decision.Accept(new WarningIssued(c.WarningId, s.Id, s.ChildId, s.RegionCode,
        c.Abuser, c.Facts, c.ServedOnAbuserOn, c.ServedOnVictimOn, c.VillageCommittee, c.VillageCommitteeNotifiedOn, c.FollowUpVisitDates, c.Now, c.By));
}

/// <summary>Record a follow-up visit; refused once every scheduled visit is recorded, or before the letter was served.</summary>
public sealed record RecordFollowUp(DateOnly VisitedOn, string Finding, string? Note, DateTimeOffset Now, string By)
{
    public static Decision Decide(RecordFollowUp c, DomesticViolenceWarning s) =>
        s.Status == DomesticViolenceWarning.FollowedUp ? Decision.Reject("follow-up-complete", "Every scheduled follow-up visit is already recorded.")
        : c.VisitedOn < s.ServedOnAbuserOn ? Decision.Reject("visit-before-service", "A follow-up visit cannot predate the serving of the letter.")
        : Decision.Accept(new WarningFollowUpRecorded(s.Id, s.CaseId, c.VisitedOn, c.Finding, c.Note,
            s.FollowUps.Count + 1 >= s.FollowUpVisitDates.Count, c.Now, c.By));
}

public sealed record IssueWarningInput(GuardianInput? Abuser, string? Facts, string? ServedOnAbuserOn, string? ServedOnVictimOn,
    string? VillageCommittee, string? VillageCommitteeNotifiedOn, IReadOnlyList<string>? FollowUpVisitDates);
public sealed record RecordFollowUpInput(string? VisitedOn, string? Finding, string? Note);

public static class WarningEndpoints
{
    public static RouteGroupBuilder MapDomesticViolenceWarnings(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/domestic-violence-warnings", (Guid caseId, IssueWarningInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var today = ChinaDate.On(now);
            var errors = new Dictionary<string, string[]>();
            var abuser = GuardianInput.Validate(input.Abuser, errors, "abuser");
            var facts = Input.Text(errors, "facts", input.Facts, 4000, "The facts");
            var servedAbuser = Input.PastDate(errors, "servedOnAbuserOn", input.ServedOnAbuserOn, today, "The date served on the abuser");
            var servedVictim = Input.PastDate(errors, "servedOnVictimOn", input.ServedOnVictimOn, today, "The date served on the victim");
            var committee = Input.Text(errors, "villageCommittee", input.VillageCommittee, 200, "The village committee");
            var notified = Input.PastDate(errors, "villageCommitteeNotifiedOn", input.VillageCommitteeNotifiedOn, today, "The date the committee was notified");
            var dates = new List<DateOnly>();
            if (input.FollowUpVisitDates is not { Count: >= 1 and <= 12 })
                errors["followUpVisitDates"] = ["Give 1–12 follow-up visit dates (YYYY-MM-DD, after today)."];
            else
                for (var i = 0; i < input.FollowUpVisitDates.Count; i++)
                    if (Input.FutureDate(errors, $"followUpVisitDates[{i}]", input.FollowUpVisitDates[i], today, "A follow-up visit") is { } d) dates.Add(d);
            if (errors.Count == 0 && dates.Distinct().Count() != dates.Count) errors["followUpVisitDates"] = ["The follow-up visit dates repeat."];
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new IssueWarning(Guid.CreateVersion7(), abuser!, facts!, servedAbuser!.Value, servedVictim!.Value, committee!, notified!.Value,
                [.. dates.Order()], now, Caller.From(http.User).User);
            return InstrumentCommand.IssueAsync<DomesticViolenceWarning>(http, store, caseId, InstrumentKinds.DomesticViolenceWarning,
                s => IssueWarning.Decide(command, s), DomesticViolenceWarning.Evolve, DomesticViolenceWarning.View, ct);
        }).WithName("IssueDomesticViolenceWarning");

        group.MapGet("/domestic-violence-warnings/{id:guid}", (Guid id, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
            InstrumentCommand.GetAsync<DomesticViolenceWarning>(http, store, id, InstrumentKinds.DomesticViolenceWarning, DomesticViolenceWarning.Evolve,
                w => w.RegionCode, DomesticViolenceWarning.View, ct)).WithName("GetDomesticViolenceWarning");

        group.MapPost("/domestic-violence-warnings/{id:guid}/follow-ups", (Guid id, RecordFollowUpInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            var on = Input.PastDate(errors, "visitedOn", input.VisitedOn, ChinaDate.On(now), "The visit date");
            var finding = Input.Code(errors, "finding", input.Finding, DomesticViolenceWarning.Findings);
            var note = Input.OptionalText(errors, "note", input.Note, 2000, "The note");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new RecordFollowUp(on!.Value, finding!, note, now, Caller.From(http.User).User);
            return InstrumentCommand.ChangeAsync<DomesticViolenceWarning>(http, store, id, InstrumentKinds.DomesticViolenceWarning,
                DomesticViolenceWarning.Evolve, w => w.RegionCode, s => RecordFollowUp.Decide(command, s), DomesticViolenceWarning.View, ct);
        }).WithName("RecordDomesticViolenceWarningFollowUp");
        return group;
    }
}
