using ChildProtection.Jurisdictions;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Reporting.Handling;

/// <summary>Transfer to another department, with the reason.</summary>
public sealed record TransferInput(string? ToDepartment, string? Reason);

/// <summary>A handling step.</summary>
public sealed record StepInput(string? Kind, string? Note);

/// <summary>The routing's outcome; the summary stays with the departments.</summary>
public sealed record OutcomeInput(string? Outcome, string? Summary);

/// <summary>How the outcome reached the reporter.</summary>
public sealed record FeedbackInput(string? Method);

/// <summary>A receiving department's work on its routing: accept, transfer, steps, outcome, feedback (each needs If-Match).</summary>
public static class RoutingEndpoints
{
    public static readonly string[] Receivers = [Departments.Police, Departments.CivilAffairs, Departments.Education];

    /// <summary>
    /// The receiving bureaus' staff. A reporting unit's own staff share a department with a receiver (a teacher is
    /// <c>education</c>, a child director <c>civil-affairs</c>) but are not the receiving department: the reporter's
    /// identity is confidential to the receivers.
    /// </summary>
    public static readonly string[] ReceiverRoles = [Roles.Officer, Roles.Caseworker, Roles.Supervisor];

    public static RouteGroupBuilder MapRoutingCommands(this RouteGroupBuilder group)
    {
        var routing = group.MapGroup("/{reportId:guid}/routings/{routingId:guid}").RequireCaller(departments: Receivers, roles: ReceiverRoles);

        routing.MapPost("/acceptance", (Guid reportId, Guid routingId, HttpContext http, StreamCommand cmd, PolicyPacks packs, ReporterIdentity reporter,
            CancellationToken ct) =>
            Change(http, reportId, routingId, cmd, reporter,
                (s, m, by) => AcceptRouting.Decide(new AcceptRouting(routingId, by, PolicyOf(packs, s), m), s), ct))
            .WithName("AcceptRouting");

        routing.MapPost("/transfer", (Guid reportId, Guid routingId, TransferInput input, HttpContext http, StreamCommand cmd, PolicyPacks packs,
            ReporterIdentity reporter, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var to = input.ToDepartment?.Trim();
            if (to is null || !Codes.ReceivingDepartments.Contains(to)) errors["toDepartment"] = [$"Transfer to one of {string.Join(", ", Codes.ReceivingDepartments)}."];
            var reason = Text(errors, "reason", input.Reason, 500, "The reason for the transfer");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return Change(http, reportId, routingId, cmd, reporter,
                (s, m, by) => TransferRouting.Decide(new TransferRouting(routingId, to!, reason!, by, PolicyOf(packs, s), m), s), ct);
        }).WithName("TransferRouting");

        routing.MapPost("/steps", (Guid reportId, Guid routingId, StepInput input, HttpContext http, StreamCommand cmd, ReporterIdentity reporter,
            CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var kind = input.Kind?.Trim();
            if (kind is null || !Codes.StepKinds.Contains(kind)) errors["kind"] = [$"Kind must be one of {string.Join(", ", Codes.StepKinds)}."];
            var note = Text(errors, "note", input.Note, 1000, "A note of what was done");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return Change(http, reportId, routingId, cmd, reporter,
                (s, m, by) => RecordHandlingStep.Decide(new RecordHandlingStep(routingId, Guid.CreateVersion7(m.Now), kind!, note!, by, m), s), ct);
        }).WithName("RecordHandlingStep");

        routing.MapPost("/outcome", (Guid reportId, Guid routingId, OutcomeInput input, HttpContext http, StreamCommand cmd, PolicyPacks packs,
            ReporterIdentity reporter, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var outcome = input.Outcome?.Trim();
            if (outcome is null || !Codes.Outcomes.Contains(outcome)) errors["outcome"] = [$"Outcome must be one of {string.Join(", ", Codes.Outcomes)}."];
            var summary = Text(errors, "summary", input.Summary, 500, "A summary for the departments");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return Change(http, reportId, routingId, cmd, reporter,
                (s, m, by) => RecordRoutingOutcome.Decide(new RecordRoutingOutcome(routingId, outcome!, summary!, by, PolicyOf(packs, s), m), s), ct);
        }).WithName("RecordOutcome");

        routing.MapPost("/feedback", (Guid reportId, Guid routingId, FeedbackInput input, HttpContext http, StreamCommand cmd, ReporterIdentity reporter,
            CancellationToken ct) =>
        {
            var method = input.Method?.Trim();
            if (method is null || !Codes.FeedbackMethods.Contains(method))
                return Task.FromResult<IResult>(Problems.Validation("method", $"Method must be one of {string.Join(", ", Codes.FeedbackMethods)}."));
            return Change(http, reportId, routingId, cmd, reporter,
                (s, m, by) => RecordFeedback.Decide(new RecordFeedback(routingId, method, by, m), s), ct);
        }).WithName("RecordFeedback");

        return group;
    }

    /// <summary>The one command step on the caller's own routing: the report answers masked, with its new ETag.</summary>
    private static Task<IResult> Change(HttpContext http, Guid reportId, Guid routingId, StreamCommand cmd, ReporterIdentity reporter,
        Func<Report, Moment, string, Decision> decide, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        return cmd.ChangeAsync(http, reportId, Report.Kind, (s, m) => decide(s, m, caller.User),
            (s, version) => ReportView.ForDepartment(s, version, caller, reporter.Masked), ct, ReportAccess.HoldsRouting(routingId));
    }

    /// <summary>The clocks of the report's region (its policy pack).</summary>
    private static MandatoryReportingPolicy PolicyOf(PolicyPacks packs, Report s) => packs.Resolve(s.RegionCode).MandatoryReporting;

    private static string? Text(Dictionary<string, string[]> errors, string field, string? value, int max, string what)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) errors[field] = [$"{what} is required."];
        else if (text.Length > max) errors[field] = [$"{what} must be at most {max} characters."];
        else return text;
        return null;
    }
}
