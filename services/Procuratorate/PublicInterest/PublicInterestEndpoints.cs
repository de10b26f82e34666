using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.PublicInterest;

public sealed record OpenPublicInterestLitigation(string? Kind, string? Respondent, string? Content, bool Urgent);

public sealed record RecordAgencyReply(DateOnly? ReceivedOn, string? Adequacy, string? Summary);

public sealed record FilePublicInterestSuit(string? CourtCaseReference, DateOnly? FiledOn);

public sealed record ClosePublicInterestLitigation(string? Reason);

/// <summary>The litigation as the prosecutor reads it.</summary>
public sealed record PublicInterestView(Guid Id, Guid CaseId, Guid? ChildId, string RegionCode, string Kind, string Respondent, string Content, bool Urgent,
    DateOnly PeriodEndsOn, string Status, AgencyReply? Reply, string? CourtCaseReference, DateOnly? FiledOn, string? ClosedBecause, DateTimeOffset OpenedAt,
    long Version)
{
    public static PublicInterestView Of(PublicInterestLitigation p, long version) => new(p.Id, p.CaseId, p.ChildId, p.RegionCode, p.Kind, p.Respondent,
        p.Content, p.Urgent, p.PeriodEndsOn, p.Status, p.Reply, p.CourtCaseReference, p.FiledOn, p.ClosedBecause, p.OpenedAt, version);
}

/// <summary>HTTP for public-interest litigation: open in a case, record the agency's reply, file, close, read.</summary>
public static class PublicInterestEndpoints
{
    public static RouteGroupBuilder MapPublicInterest(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/public-interest", Open);
        api.MapGet("/public-interest/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, PublicInterestLitigation.Stream, PublicInterestView.Of, ct));
        api.MapPost("/public-interest/{id:guid}/reply", (HttpContext http, Guid id, RecordAgencyReply body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().OneOf("adequacy", body.Adequacy, PublicInterestLitigation.Adequacies).OptionalText("summary", body.Summary, 2000)
                .PastDate("receivedOn", body.ReceivedOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input,
                (p, m) => RecordPublicInterestReply.Decide(new RecordPublicInterestReply(body.ReceivedOn!.Value, body.Adequacy!, body.Summary?.Trim(), m), p), ct);
        });
        api.MapPost("/public-interest/{id:guid}/filing", (HttpContext http, Guid id, FilePublicInterestSuit body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().Text("courtCaseReference", body.CourtCaseReference, 60).PastDate("filedOn", body.FiledOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input,
                (p, m) => FilePublicInterestLitigation.Decide(new FilePublicInterestLitigation(body.CourtCaseReference!.Trim(), body.FiledOn!.Value, m), p), ct);
        });
        api.MapPost("/public-interest/{id:guid}/closure", (HttpContext http, Guid id, ClosePublicInterestLitigation body, StreamCommand cmd,
            CancellationToken ct) =>
            Change(http, id, cmd, new Input().OneOf("reason", body.Reason, PublicInterestLitigation.ClosingReasons),
                (p, m) => EndPublicInterestLitigation.Decide(new EndPublicInterestLitigation(body.Reason!, m), p), ct));
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input,
        Func<PublicInterestLitigation, Moment, Decision> decide, CancellationToken ct) =>
        input.Valid
            ? await cmd.ChangeAsync(http, id, PublicInterestLitigation.Stream, decide, PublicInterestView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Open(HttpContext http, Guid caseId, OpenPublicInterestLitigation body, CaseLookup cases, StreamCommand cmd,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().OneOf("kind", body.Kind, PublicInterestLitigation.Kinds).Text("respondent", body.Respondent, 200)
            .Text("content", body.Content, 4000);
        if (body.Urgent && body.Kind == PublicInterestLitigation.Civil) input.Fail("urgent", "Only an administrative pre-suit recommendation is marked urgent.");
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, hidden) = await cases.VisibleAsync(http, caseId, ct);
        if (@case is null) return hidden!;
        var id = Guid.CreateVersion7();
        var begin = new BeginPublicInterestLitigation(id, body.Kind!, body.Respondent!.Trim(), body.Content!.Trim(), body.Urgent,
            packs.Resolve(@case.RegionCode).Procuratorate, Moment.Of(clock));
        return await cmd.StartAsync(http, id, PublicInterestLitigation.Stream, BeginPublicInterestLitigation.Decide(begin, @case), PublicInterestView.Of,
            $"/api/procuratorate/public-interest/{id}", ct);
    }
}
