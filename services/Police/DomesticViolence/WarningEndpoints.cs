using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.DomesticViolence;

public sealed record IssueWarningInput(GuardianInput? Abuser, string? Facts, string? ServedOnAbuserOn, string? ServedOnVictimOn,
    string? VillageCommittee, string? VillageCommitteeNotifiedOn, IReadOnlyList<string>? FollowUpVisitDates);
public sealed record RecordFollowUpInput(string? VisitedOn, string? Finding, string? Note);

public static class WarningEndpoints
{
    public static RouteGroupBuilder MapDomesticViolenceWarnings(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/domestic-violence-warnings", (Guid caseId, IssueWarningInput input, HttpContext http,
            StreamCommand cmd, TimeProvider clock, CancellationToken ct) =>
        {
            var at = Moment.Of(clock);
            var today = at.Today;
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
                [.. dates.Order()], Caller.From(http.User).User, at);
            return cmd.IssueInCaseAsync(http, caseId, command.WarningId, DomesticViolenceWarning.Kind,
                InstrumentKinds.RouteOf(InstrumentKinds.DomesticViolenceWarning), s => IssueWarning.Decide(command, s), DomesticViolenceWarning.View, ct);
        }).WithName("IssueDomesticViolenceWarning");

        group.MapGet("/domestic-violence-warnings/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, DomesticViolenceWarning.Kind, DomesticViolenceWarning.View, ct)).WithName("GetDomesticViolenceWarning");

        group.MapPost("/domestic-violence-warnings/{id:guid}/follow-ups", (Guid id, RecordFollowUpInput input, HttpContext http,
            StreamCommand cmd, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var on = Input.PastDate(errors, "visitedOn", input.VisitedOn, Moment.Of(clock).Today, "The visit date");
            var finding = Input.Code(errors, "finding", input.Finding, DomesticViolenceWarning.Findings);
            var note = Input.OptionalText(errors, "note", input.Note, 2000, "The note");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, DomesticViolenceWarning.Kind,
                (s, m) => RecordFollowUp.Decide(new RecordFollowUp(on!.Value, finding!, note, by, m), s), DomesticViolenceWarning.View, ct);
        }).WithName("RecordDomesticViolenceWarningFollowUp");
        return group;
    }
}
