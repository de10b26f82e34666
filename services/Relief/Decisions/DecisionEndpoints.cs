using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Relief.Entitlements;
using ChildProtection.Relief.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Relief.Decisions;

public sealed record VerifyInput(IReadOnlyList<string>? Evidence, string? Note);
public sealed record RejectInput(string? Reasons);
public sealed record SuspendInput(string? FromMonth, string? Reason);
public sealed record ResumeInput(string? FromMonth);
public sealed record TerminateInput(string? EffectiveMonth, string? Reason);
public sealed record ReviewInput(string? Note);

/// <summary>The decision steps on a child's cases and entitlements (all need <c>If-Match</c>).</summary>
public static class DecisionEndpoints
{
    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder group)
    {
        group.MapPost("/{childId:guid}/cases/{caseId:guid}/verification", (Guid childId, Guid caseId, VerifyInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var evidence = (input.Evidence ?? []).Select(e => e?.Trim()).Where(e => e is not { Length: 0 }).ToList();
            if (evidence.Any(e => e is null or { Length: > 500 }) || input.Note is { Length: > 2000 })
                return Task.FromResult<IResult>(Problems.Validation("evidence", "Each evidence line is at most 500 characters, the note at most 2000."));
            return ChildCommand.HandleAsync(http, store, childId, ChildCommand.Township,
                (s, caller) => CaseDecisions.Verify(s, caseId, evidence!, input.Note?.Trim(), caller.User, clock.GetUtcNow()), ct);
        }).WithName("VerifyReliefCase");

        group.MapPost("/{childId:guid}/cases/{caseId:guid}/confirmation", (Guid childId, Guid caseId, HttpContext http, PostgresEventStore store,
            PolicyPacks packs, TimeProvider clock, CancellationToken ct) =>
            ChildCommand.HandleAsync(http, store, childId, ChildCommand.County,
                (s, caller) => CaseDecisions.Confirm(s, caseId, clock.Today(), packs.Resolve(s.RegionCode).Relief, caller.User, clock.GetUtcNow()), ct))
            .WithName("ConfirmReliefCase");

        group.MapPost("/{childId:guid}/cases/{caseId:guid}/rejection", (Guid childId, Guid caseId, RejectInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var reasons = input.Reasons?.Trim();
            if (string.IsNullOrEmpty(reasons) || reasons.Length > 4000)
                return Task.FromResult<IResult>(Problems.Validation("reasons", "Written reasons (1–4000 characters) are required."));
            return ChildCommand.HandleAsync(http, store, childId, null,
                (s, caller) => caller.Region.Length is ChildCommand.Township or ChildCommand.County
                    ? CaseDecisions.Reject(s, caseId, reasons, caller.User, clock.GetUtcNow())
                    : Decision.Reject("level", "The township or the county rejects a case."), ct);
        }).WithName("RejectReliefCase");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/suspension", (Guid childId, Guid id, SuspendInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = Months.Parse(errors, "fromMonth", input.FromMonth, true);
            var reason = Text(errors, "reason", input.Reason);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return ChildCommand.HandleAsync(http, store, childId, null,
                (s, caller) => CaseDecisions.Suspend(s, id, from!.Value, reason!, caller.User, clock.GetUtcNow()), ct);
        }).WithName("SuspendReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/resumption", (Guid childId, Guid id, ResumeInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var from = Months.Parse(errors, "fromMonth", input.FromMonth, true);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return ChildCommand.HandleAsync(http, store, childId, null,
                (s, caller) => CaseDecisions.Resume(s, id, from!.Value, caller.User, clock.GetUtcNow()), ct);
        }).WithName("ResumeReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/termination", (Guid childId, Guid id, TerminateInput input, HttpContext http,
            PostgresEventStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var month = Months.Parse(errors, "effectiveMonth", input.EffectiveMonth, false);
            var reason = Text(errors, "reason", input.Reason);
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            return ChildCommand.HandleAsync(http, store, childId, null,
                (s, caller) => CaseDecisions.Terminate(s, id, month, reason!, caller.User, clock.GetUtcNow()), ct);
        }).WithName("TerminateReliefEntitlement");

        group.MapPost("/{childId:guid}/entitlements/{id:guid}/review", (Guid childId, Guid id, ReviewInput input, HttpContext http,
            PostgresEventStore store, PolicyPacks packs, TimeProvider clock, CancellationToken ct) =>
        {
            if (input.Note is { Length: > 2000 }) return Task.FromResult<IResult>(Problems.Validation("note", "The note is at most 2000 characters."));
            return ChildCommand.HandleAsync(http, store, childId, null,
                (s, caller) => CaseDecisions.Review(s, id, clock.Today(), packs.Resolve(s.RegionCode).Relief, input.Note?.Trim(), caller.User,
                    clock.GetUtcNow()), ct);
        }).WithName("RecordReliefReview");
        return group;
    }

    private static string? Text(Dictionary<string, string[]> errors, string field, string? value)
    {
        var text = value?.Trim();
        if (!string.IsNullOrEmpty(text) && text.Length <= 2000) return text;
        errors[field] = ["A reason (1–2000 characters) is required."];
        return null;
    }
}
