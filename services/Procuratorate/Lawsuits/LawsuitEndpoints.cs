using ChildProtection.EventStore.Storage;
using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Http;
using ChildProtection.Procuratorate.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Commands;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Procuratorate.Lawsuits;

public sealed record SupportLawsuit(string? Mode, string? SupportedParty, string? PartyName, string? Claim, string? Grounds);

public sealed record RecordLawsuitFiling(string? CourtCaseReference, DateOnly? FiledOn);

/// <summary>The supported lawsuit as the prosecutor reads it.</summary>
public sealed record LawsuitView(Guid Id, Guid CaseId, Guid ChildId, string RegionCode, string Mode, string SupportedParty, string? PartyName, string Claim,
    string Grounds, string Status, string? CourtCaseReference, DateOnly? FiledOn, DateTimeOffset DecidedAt, long Version)
{
    public static LawsuitView Of(SupportedLawsuit l, long version) => new(l.Id, l.CaseId, l.ChildId, l.RegionCode, l.Mode, l.SupportedParty, l.PartyName,
        l.Claim, l.Grounds, l.Status, l.CourtCaseReference, l.FiledOn, l.DecidedAt, version);
}

/// <summary>HTTP for supporting or urging a lawsuit: decide in a case, record the filing, read.</summary>
public static class LawsuitEndpoints
{
    private const string Noun = "supported lawsuit";

    public static RouteGroupBuilder MapLawsuits(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/lawsuits", Support);
        api.MapGet("/lawsuits/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync<SupportedLawsuit>(http, id, Noun, SupportedLawsuit.Evolve, l => l.RegionCode, LawsuitView.Of, ct));
        api.MapPost("/lawsuits/{id:guid}/filing", async (HttpContext http, Guid id, RecordLawsuitFiling body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().Text("courtCaseReference", body.CourtCaseReference, 60).PastDate("filedOn", body.FiledOn, Moment.Of(clock).Today);
            if (!input.Valid) return Problems.Validation(input.Errors);
            return await cmd.HandleAsync<SupportedLawsuit>(http, id, LawsuitEventTypes.StreamType, Noun, SupportedLawsuit.Evolve, l => l.RegionCode,
                (l, m) => l.RecordFiling(body.CourtCaseReference!.Trim(), body.FiledOn!.Value, m.Now), LawsuitView.Of, ct);
        });
        return api;
    }

    private static async Task<IResult> Support(HttpContext http, Guid caseId, SupportLawsuit body, CaseLookup cases, PostgresEventStore store,
        TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().OneOf("mode", body.Mode, SupportedLawsuit.Modes).OneOf("supportedParty", body.SupportedParty, SupportedLawsuit.Parties)
            .OneOf("claim", body.Claim, SupportedLawsuit.Claims).Text("grounds", body.Grounds, 4000).OptionalText("partyName", body.PartyName, 200);
        if (body.SupportedParty == "other" && string.IsNullOrWhiteSpace(body.PartyName)) input.Fail("partyName", "Name the person or organisation supported.");
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, problem) = await cases.ForInstrumentAsync(http, caseId, needsChild: true, ct);
        if (problem is not null) return problem;

        var id = Guid.CreateVersion7();
        var decided = new LawsuitSupportDecided(id, @case!.Id, @case.ChildId!.Value, @case.RegionCode, body.Mode!, body.SupportedParty!,
            string.IsNullOrWhiteSpace(body.PartyName) ? null : body.PartyName.Trim(), body.Claim!, body.Grounds!.Trim(), clock.GetUtcNow());
        var result = await store.StartStreamAsync(id, LawsuitEventTypes.StreamType, [decided], http.CreateEventMetadata(), ct: ct);
        http.Response.Headers.ETag = ETags.Format(result.NextVersion);
        return TypedResults.Created($"/api/procuratorate/lawsuits/{id}", LawsuitView.Of(SupportedLawsuit.Evolve(null, decided)!, result.NextVersion));
    }

    /// <summary>The party as a list shows it: the department code, or the masked name.</summary>
    public static string Addressee(string party, string? name) => party == "other" && name is not null ? NameMask.Mask(name) : party;
}
