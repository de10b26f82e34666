using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Commands;
using ChildProtection.ServiceDefaults.Http;
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
    private const string Noun = "public-interest litigation";

    public static RouteGroupBuilder MapPublicInterest(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/public-interest", Open);
        api.MapGet("/public-interest/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync<PublicInterestLitigation>(http, id, Noun, PublicInterestLitigation.Evolve, p => p.RegionCode, PublicInterestView.Of, ct));
        api.MapPost("/public-interest/{id:guid}/reply", (HttpContext http, Guid id, RecordAgencyReply body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().OneOf("adequacy", body.Adequacy, PublicInterestLitigation.Adequacies).OptionalText("summary", body.Summary, 2000)
                .PastDate("receivedOn", body.ReceivedOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input, (p, m) => p.RecordReply(body.ReceivedOn!.Value, body.Adequacy!, body.Summary?.Trim(), m.Now), ct);
        });
        api.MapPost("/public-interest/{id:guid}/filing", (HttpContext http, Guid id, FilePublicInterestSuit body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().Text("courtCaseReference", body.CourtCaseReference, 60).PastDate("filedOn", body.FiledOn, Moment.Of(clock).Today);
            return Change(http, id, cmd, input, (p, m) => p.File(body.CourtCaseReference!.Trim(), body.FiledOn!.Value, m.Today, m.Now), ct);
        });
        api.MapPost("/public-interest/{id:guid}/closure", (HttpContext http, Guid id, ClosePublicInterestLitigation body, StreamCommand cmd,
            CancellationToken ct) =>
            Change(http, id, cmd, new Input().OneOf("reason", body.Reason, PublicInterestLitigation.ClosingReasons), (p, m) => p.Close(body.Reason!, m.Now), ct));
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input,
        Func<PublicInterestLitigation, Moment, Decision> decide, CancellationToken ct) =>
        input.Valid
            ? await cmd.HandleAsync<PublicInterestLitigation>(http, id, PublicInterestEventTypes.StreamType, Noun, PublicInterestLitigation.Evolve,
                p => p.RegionCode, decide, PublicInterestView.Of, ct)
            : Problems.Validation(input.Errors);

    private static async Task<IResult> Open(HttpContext http, Guid caseId, OpenPublicInterestLitigation body, CaseLookup cases, PostgresEventStore store,
        PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().OneOf("kind", body.Kind, PublicInterestLitigation.Kinds).Text("respondent", body.Respondent, 200)
            .Text("content", body.Content, 4000);
        if (body.Urgent && body.Kind == PublicInterestLitigation.Civil) input.Fail("urgent", "Only an administrative pre-suit recommendation is marked urgent.");
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, problem) = await cases.ForInstrumentAsync(http, caseId, needsChild: false, ct);
        if (problem is not null) return problem;

        var moment = Moment.Of(clock);
        var policy = packs.Resolve(@case!.RegionCode).Procuratorate;
        var ends = PublicInterestLitigation.PeriodEnd(body.Kind!, moment.Today, body.Urgent, policy.AdministrativePreSuitReplyMonths,
            policy.AdministrativePreSuitUrgentReplyDays, policy.CivilNoticeDays);
        var id = Guid.CreateVersion7();
        var opened = new PublicInterestLitigationOpened(id, @case.Id, @case.ChildId, @case.RegionCode, body.Kind!, body.Respondent!.Trim(),
            body.Content!.Trim(), body.Urgent, ends, moment.Now);
        var result = await store.StartStreamAsync(id, PublicInterestEventTypes.StreamType, [opened], http.CreateEventMetadata(), ct: ct);
        http.Response.Headers.ETag = ETags.Format(result.NextVersion);
        return TypedResults.Created($"/api/procuratorate/public-interest/{id}", PublicInterestView.Of(PublicInterestLitigation.Evolve(null, opened)!, result.NextVersion));
    }
}
