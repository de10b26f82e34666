using ChildProtection.Jurisdictions;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Relief.Decisions;

public sealed record VerifyInput(IReadOnlyList<string>? Evidence, string? Note);
public sealed record RejectInput(string? Reasons);
public sealed record SuspendInput(string? FromMonth, string? Reason);
public sealed record ResumeInput(string? FromMonth);
public sealed record TerminateInput(string? EffectiveMonth, string? Reason);
public sealed record ReviewInput(string? Note);

/// <summary>
/// The decision steps on a child's cases and entitlements: validate the input, build the command, and hand it to the one
/// command step (<c>If-Match</c>, the child inside the caller's region, the level the step needs, decide, append, ETag).
/// </summary>
public static class DecisionEndpoints
{
    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/cases/{caseId:guid}/verification", (Guid childId, Guid caseId, VerifyInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var evidence = (input.Evidence ?? []).Select(e => e?.Trim()).Where(e => e is not { Length: 0 }).ToList();
            if (evidence.Any(e => e is null or { Length: > 500 }) || input.Note is { Length: > 2000 })
                return Task.FromResult<IResult>(Problems.Validation("evidence", "Each evidence line is at most 500 characters, the note at most 2000."));
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => VerifyCase.Decide(new VerifyCase(caseId, evidence!, input.Note?.Trim(), by, m), s), ct,
                ReliefLevels.TownshipOnly);
        }).WithName("VerifyReliefCase");

        group.MapPost("/{childId:guid}/cases/{caseId:guid}/confirmation", (Guid childId, Guid caseId, HttpContext http, StreamCommand cmd,
            PolicyPacks packs, CancellationToken ct) =>
        {
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => ConfirmCase.Decide(new ConfirmCase(caseId, packs.Resolve(s.RegionCode).Relief, by, m), s), ct,
                ReliefLevels.CountyOnly);
        }).WithName("ConfirmReliefCase");

        group.MapPost("/{childId:guid}/cases/{caseId:guid}/rejection", (Guid childId, Guid caseId, RejectInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var reasons = input.Reasons?.Trim();
            if (string.IsNullOrEmpty(reasons) || reasons.Length > 4000)
                return Task.FromResult<IResult>(Problems.Validation("reasons", "Written reasons (1–4000 characters) are required."));
            var caller = Caller.From(http.User);
            return Change(http, cmd, childId, (s, m) => RejectCase.Decide(new RejectCase(caseId, reasons, caller.User, caller.Region, m), s), ct);
        }).WithName("RejectReliefCase");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/suspension", (Guid childId, Guid id, SuspendInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = Months.Parse(errors, "fromMonth", input.FromMonth, true);
            var reason = Text(errors, "reason", input.Reason);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => SuspendEntitlement.Decide(new SuspendEntitlement(id, from!.Value, reason!, by, m), s), ct);
        }).WithName("SuspendReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/resumption", (Guid childId, Guid id, ResumeInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = Months.Parse(errors, "fromMonth", input.FromMonth, true);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => ResumeEntitlement.Decide(new ResumeEntitlement(id, from!.Value, by, m), s), ct);
        }).WithName("ResumeReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/termination", (Guid childId, Guid id, TerminateInput input, HttpContext http,
            StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var month = Months.Parse(errors, "effectiveMonth", input.EffectiveMonth, false);
            var reason = Text(errors, "reason", input.Reason);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => TerminateEntitlement.Decide(new TerminateEntitlement(id, month, reason!, by, m), s), ct);
        }).WithName("TerminateReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/review", (Guid childId, Guid id, ReviewInput input, HttpContext http,
            StreamCommand cmd, PolicyPacks packs, CancellationToken ct) =>
        {
            if (input.Note is { Length: > 2000 }) return Task.FromResult<IResult>(Problems.Validation("note", "The note is at most 2000 characters."));
            var by = Caller.From(http.User).User;
            return Change(http, cmd, childId, (s, m) => RecordReview.Decide(new RecordReview(id, packs.Resolve(s.RegionCode).Relief, input.Note?.Trim(), by, m), s),
                ct);
        }).WithName("RecordReliefReview");
        return group;
    }

    /// <summary>The answer to every change: the child's relief with its new ETag.</summary>
    public static object View(ChildRelief relief, long version) => relief;

    private static Task<IResult> Change(HttpContext http, StreamCommand cmd, Guid childId, Func<ChildRelief, Moment, Decision> decide,
        CancellationToken ct, Func<ChildRelief, Caller, IResult?>? access = null) =>
        cmd.ChangeAsync(http, childId, ChildRelief.Kind, decide, View, ct, access);

    private static string? Text(Dictionary<string, string[]> errors, string field, string? value)
    {
        var text = value?.Trim();
        if (!string.IsNullOrEmpty(text) && text.Length <= 2000) return text;
        errors[field] = ["A reason (1–2000 characters) is required."];
        return null;
    }
}
