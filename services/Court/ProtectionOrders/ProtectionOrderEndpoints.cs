using ChildProtection.ChildChecks;
using ChildProtection.Court.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Court.ProtectionOrders;

public sealed record ApplyForProtectionOrder(Guid? ChildId, string? RegionCode, string? Applicant, string? Form, string? RespondentRelation,
    string? RespondentName, IReadOnlyList<string>? RequestedMeasures, string? Facts, bool Urgent);

public sealed record IssueProtectionOrder(IReadOnlyList<string>? Measures, DateOnly? ValidUntil);

public sealed record Reasons(string? Text);

public sealed record ServeProtectionOrder(IReadOnlyList<string>? ServedOn);

public sealed record ApplyForReview(string? AppliedBy, string? Reasons);

public sealed record DecideReview(string? Outcome, string? Reasons);

public sealed record ExtendProtectionOrder(DateOnly? ValidUntil);

public sealed record ChangeProtectionOrder(IReadOnlyList<string>? Measures);

public sealed record RecordBreach(DateOnly? BreachedOn, string? Description, string? Sanction, int? FineYuan, int? DetentionDays);

/// <summary>The order as court staff read it (the respondent's name only here).</summary>
public sealed record ProtectionOrderView(Guid Id, Guid ChildId, string RegionCode, string Applicant, string Form, string RespondentRelation,
    string? RespondentName, IReadOnlyList<string> RequestedMeasures, string Facts, bool Urgent, DateTimeOffset AppliedAt, DateTimeOffset DecisionDueAt,
    string Status, IReadOnlyList<string> Measures, DateOnly? ValidFrom, DateOnly? ValidUntil, DateTimeOffset? DecidedAt, bool DecidedLate,
    string? RejectionReasons, DateTimeOffset? OverdueAt, DateTimeOffset? EscalatedToPresidentAt, IReadOnlyList<string> ServedOn, string? ReviewStatus,
    IReadOnlyList<Breach> Breaches, long Version)
{
    public static ProtectionOrderView Of(ProtectionOrder o, long version) => new(o.Id, o.ChildId, o.RegionCode, o.Applicant, o.Form, o.RespondentRelation,
        o.RespondentName, o.RequestedMeasures, o.Facts, o.Urgent, o.AppliedAt, o.DecisionDueAt, o.Status, o.Measures, o.ValidFrom, o.ValidUntil, o.DecidedAt,
        o.DecidedLate, o.RejectionReasons, o.OverdueAt, o.EscalatedToPresidentAt, o.ServedOn, o.ReviewStatus, o.Breaches, version);
}

/// <summary>HTTP for 人身安全保护令: apply (statutory applicants or court staff), decide, serve, review, extend, change, revoke, breaches.</summary>
public static class ProtectionOrderEndpoints
{
    /// <summary>POST /api/court/protection-orders: court staff record any statutory applicant's application; the departments on the list apply as themselves.</summary>
    public static IEndpointRouteBuilder MapProtectionOrderApplications(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/court/protection-orders", Apply)
            .RequireCaller([Departments.Court, .. ProtectionOrder.DepartmentApplicants.Keys]);
        return app;
    }

    public static RouteGroupBuilder MapProtectionOrders(this RouteGroupBuilder api)
    {
        api.MapGet("/protection-orders/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, ProtectionOrder.Kind, ProtectionOrderView.Of, ct));
        api.MapPost("/protection-orders/{id:guid}/issue", (HttpContext http, Guid id, IssueProtectionOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = Measures(new Input(), "measures", body.Measures);
            if (body.ValidUntil is null) input.Fail("validUntil", "Required (yyyy-MM-dd), at most 6 months from today.");
            return Change(http, id, cmd, input, (o, m) => IssueOrder.Decide(new IssueOrder([.. body.Measures!.Distinct()], body.ValidUntil!.Value, m), o), ct);
        }).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/rejection", (HttpContext http, Guid id, Reasons body, StreamCommand cmd, CancellationToken ct) =>
            Change(http, id, cmd, new Input().Text("text", body.Text, 2000), (o, m) => RejectApplication.Decide(new RejectApplication(body.Text!.Trim(), m), o), ct)).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/service", (HttpContext http, Guid id, ServeProtectionOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input();
            if (body.ServedOn is not { Count: > 0 } || body.ServedOn.Any(r => !ProtectionOrder.ServiceRecipients.Contains(r)))
                input.Fail("servedOn", $"One or more of: {string.Join(", ", ProtectionOrder.ServiceRecipients)}.");
            return Change(http, id, cmd, input, (o, m) => ServeOrder.Decide(new ServeOrder([.. body.ServedOn!.Distinct()], m), o), ct);
        });
        api.MapPost("/protection-orders/{id:guid}/review", (HttpContext http, Guid id, ApplyForReview body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("appliedBy", body.AppliedBy, ["applicant", "respondent"]).Text("reasons", body.Reasons, 2000);
            return Change(http, id, cmd, input, (o, m) => ApplyForOrderReview.Decide(new ApplyForOrderReview(body.AppliedBy!, body.Reasons!.Trim(), m), o), ct);
        });
        api.MapPost("/protection-orders/{id:guid}/review/decision", (HttpContext http, Guid id, DecideReview body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().OneOf("outcome", body.Outcome, ProtectionOrder.ReviewOutcomes).Text("reasons", body.Reasons, 2000);
            return Change(http, id, cmd, input, (o, m) => DecideOrderReview.Decide(new DecideOrderReview(body.Outcome!, body.Reasons!.Trim(), m), o), ct);
        }).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/extension", (HttpContext http, Guid id, ExtendProtectionOrder body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input();
            if (body.ValidUntil is null) input.Fail("validUntil", "Required (yyyy-MM-dd).");
            return Change(http, id, cmd, input, (o, m) => ExtendOrder.Decide(new ExtendOrder(body.ValidUntil!.Value, m), o), ct);
        }).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/change", (HttpContext http, Guid id, ChangeProtectionOrder body, StreamCommand cmd, CancellationToken ct) =>
            Change(http, id, cmd, Measures(new Input(), "measures", body.Measures), (o, m) => ChangeOrderMeasures.Decide(new ChangeOrderMeasures([.. body.Measures!.Distinct()], m), o), ct)).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/revocation", (HttpContext http, Guid id, Reasons body, StreamCommand cmd, CancellationToken ct) =>
            Change(http, id, cmd, new Input().Text("text", body.Text, 2000), (o, m) => RevokeOrder.Decide(new RevokeOrder(body.Text!.Trim(), m), o), ct)).ForJudges();
        api.MapPost("/protection-orders/{id:guid}/breaches", (HttpContext http, Guid id, RecordBreach body, StreamCommand cmd, TimeProvider clock, CancellationToken ct) =>
        {
            var input = new Input().Text("description", body.Description, 2000).OneOf("sanction", body.Sanction, ProtectionOrder.Sanctions)
                .PastDate("breachedOn", body.BreachedOn, Moment.Of(clock).Today);
            if (body.Sanction == "fine" && body.FineYuan is not (> 0 and <= ProtectionOrder.MaxFineYuan))
                input.Fail("fineYuan", $"A fine of 1 to {ProtectionOrder.MaxFineYuan} yuan.");
            if (body.Sanction != "fine" && body.FineYuan is not null) input.Fail("fineYuan", "Only a fine has an amount.");
            if (body.Sanction == "detention" && body.DetentionDays is not (> 0 and <= ProtectionOrder.MaxDetentionDays))
                input.Fail("detentionDays", $"Detention of 1 to {ProtectionOrder.MaxDetentionDays} days.");
            if (body.Sanction != "detention" && body.DetentionDays is not null) input.Fail("detentionDays", "Only detention has days.");
            return Change(http, id, cmd, input,
                (o, m) => RecordOrderBreach.Decide(new RecordOrderBreach(body.BreachedOn!.Value, body.Description!.Trim(), body.Sanction!, body.FineYuan, body.DetentionDays, m), o), ct);
        }).ForJudges();
        return api;
    }

    private static Input Measures(Input input, string field, IReadOnlyList<string>? measures)
    {
        if (measures is not { Count: > 0 } || measures.Any(x => !ProtectionOrder.MeasureCodes.Contains(x)))
            input.Fail(field, $"One or more of: {string.Join(", ", ProtectionOrder.MeasureCodes)}.");
        return input;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, Func<ProtectionOrder, Moment, Decision> decide,
        CancellationToken ct) =>
        input.Valid
            ? await cmd.ChangeAsync(http, id, ProtectionOrder.Kind, decide, ProtectionOrderView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Apply(HttpContext http, ApplyForProtectionOrder body, StreamCommand cmd, RegistryChildren registry,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var input = new Input().OneOf("form", body.Form, ProtectionOrder.Forms).OneOf("respondentRelation", body.RespondentRelation, ProtectionOrder.RespondentRelations)
            .OptionalText("respondentName", body.RespondentName, 50).Text("facts", body.Facts, 4000);
        Measures(input, "requestedMeasures", body.RequestedMeasures);
        string? applicant;
        if (caller.Department == Departments.Court)
        {
            if (!Access.Staff.Contains(caller.Role)) return Problems.Forbidden("Only judges and court clerks record applications for the court.");
            input.OneOf("applicant", body.Applicant, ProtectionOrder.Applicants);
            applicant = body.Applicant;
        }
        else
        {
            applicant = ProtectionOrder.DepartmentApplicants[caller.Department];
            if (body.Applicant is not null && body.Applicant != applicant) input.Fail("applicant", $"You apply as {applicant}.");
        }
        RegionAndChild(input, caller, body.RegionCode, body.ChildId);
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (await registry.ExistsAsync(body.ChildId!.Value, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");

        var now = clock.GetUtcNow();
        var policy = packs.Resolve(body.RegionCode!).Court;
        var due = ProtectionOrder.DueAt(now, body.Urgent, policy.ProtectionOrderDecisionHours, policy.ProtectionOrderUrgentDecisionHours);
        var id = Guid.CreateVersion7();
        var applied = new ProtectionOrderApplied(id, body.ChildId.Value, body.RegionCode!, applicant!, body.Form!, body.RespondentRelation!,
            string.IsNullOrWhiteSpace(body.RespondentName) ? null : body.RespondentName.Trim(), [.. body.RequestedMeasures!.Distinct()], body.Facts!.Trim(),
            body.Urgent, due, due.AddHours(policy.PresidentEscalationHours), now);
        return await cmd.StartAsync(http, id, ProtectionOrder.Kind, Decision.Accept(applied), ProtectionOrderView.Of, $"/api/court/protection-orders/{id}", ct);
    }

    /// <summary>The child's 12-digit village code inside the caller's jurisdiction, and a registry id.</summary>
    public static void RegionAndChild(Input input, Caller caller, string? regionCode, Guid? childId)
    {
        if (regionCode is not { Length: 12 } region || !RegionCodes.IsValidPrefix(region)) input.Fail("regionCode", "The child's 12-digit village code.");
        else if (!caller.CanSee(region)) input.Fail("regionCode", "Outside your jurisdiction.");
        if (childId is null || childId == Guid.Empty) input.Fail("childId", "The child's registry id.");
    }
}
