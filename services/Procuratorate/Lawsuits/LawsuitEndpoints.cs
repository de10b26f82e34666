using ChildProtection.Procuratorate.Cases;
using ChildProtection.Procuratorate.Privacy;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
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
    public static RouteGroupBuilder MapLawsuits(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId:guid}/lawsuits", Support);
        api.MapGet("/lawsuits/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, SupportedLawsuit.Kind, LawsuitView.Of, ct));
        api.MapPost("/lawsuits/{id:guid}/filing", async (HttpContext http, Guid id, RecordLawsuitFiling body, StreamCommand cmd, TimeProvider clock,
            CancellationToken ct) =>
        {
            var input = new Input().Text("courtCaseReference", body.CourtCaseReference, 60).PastDate("filedOn", body.FiledOn, Moment.Of(clock).Today);
            if (!input.Valid) return Problems.Validation(input.Errors);
            return await cmd.ChangeAsync(http, id, SupportedLawsuit.Kind,
                (l, m) => RecordSuitFiling.Decide(new RecordSuitFiling(body.CourtCaseReference!.Trim(), body.FiledOn!.Value, m), l), LawsuitView.Of, ct);
        });
        return api;
    }

    private static async Task<IResult> Support(HttpContext http, Guid caseId, SupportLawsuit body, CaseLookup cases, StreamCommand cmd,
        TimeProvider clock, CancellationToken ct)
    {
        var input = new Input().OneOf("mode", body.Mode, SupportedLawsuit.Modes).OneOf("supportedParty", body.SupportedParty, SupportedLawsuit.Parties)
            .OneOf("claim", body.Claim, SupportedLawsuit.Claims).Text("grounds", body.Grounds, 4000).OptionalText("partyName", body.PartyName, 200);
        if (body.SupportedParty == "other" && string.IsNullOrWhiteSpace(body.PartyName)) input.Fail("partyName", "Name the person or organisation supported.");
        if (!input.Valid) return Problems.Validation(input.Errors);
        var (@case, hidden) = await cases.VisibleAsync(http, caseId, ct);
        if (@case is null) return hidden!;
        var id = Guid.CreateVersion7();
        var support = new SupportLawsuitInCase(id, body.Mode!, body.SupportedParty!, string.IsNullOrWhiteSpace(body.PartyName) ? null : body.PartyName.Trim(),
            body.Claim!, body.Grounds!.Trim(), Moment.Of(clock));
        return await cmd.StartAsync(http, id, SupportedLawsuit.Kind, SupportLawsuitInCase.Decide(support, @case), LawsuitView.Of,
            $"/api/procuratorate/lawsuits/{id}", ct);
    }

    /// <summary>The party as a list shows it: the department code, or the masked name.</summary>
    public static string Addressee(string party, string? name) => party == "other" && name is not null ? NameMask.Mask(name) : party;
}
