using ChildProtection.ChildChecks;
using ChildProtection.Court.Http;
using ChildProtection.Court.ProtectionOrders;
using ChildProtection.Court.ReadModel;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using Marten;
using ChildProtection.Jurisdictions;
using ChildProtection.ServiceDefaults.Validation;

namespace ChildProtection.Court.Revocations;

public sealed record FileRevocationPetition(Guid? ChildId, string? RegionCode, string? Petitioner, IReadOnlyList<string>? Respondents,
    IReadOnlyList<string>? Grounds, string? Facts);

public sealed record ScheduleHearing(DateOnly? HearingOn);

public sealed record JudgeRevocation(bool? Revoked, IReadOnlyList<string>? RevokedGuardians, string? NewGuardian, DateOnly? EffectiveOn, string? Reasons);

public sealed record NoteRevocationGrounds(Guid? ChildId, string? RegionCode, IReadOnlyList<string>? Grounds, string? Source);

public sealed record RevocationView(Guid Id, Guid ChildId, string RegionCode, string Petitioner, IReadOnlyList<string> Respondents, IReadOnlyList<string> Grounds,
    string Facts, DateTimeOffset FiledAt, bool SupportedByProcuratorate, Guid? SupportingLawsuitId, string? SupportMode, DateOnly? HearingOn, string Status,
    RevocationJudged? Judgment, long Version)
{
    public static RevocationView Of(RevocationCase c, long version) => new(c.Id, c.ChildId, c.RegionCode, c.Petitioner, c.Respondents, c.Grounds, c.Facts,
        c.FiledAt, c.SupportingLawsuitId is not null, c.SupportingLawsuitId, c.SupportMode, c.HearingOn, c.Status, c.Judgment, version);
}

public sealed record RevocationDutyView(Guid Id, Guid ChildId, string RegionCode, IReadOnlyList<string> Grounds, string Source, DateOnly PetitionDueOn,
    string Status, Guid? DischargedBy, DateTimeOffset? PromptedAt, long Version)
{
    public static RevocationDutyView Of(RevocationDuty d, long version) => new(d.Id, d.ChildId, d.RegionCode, d.Grounds, d.Source, d.PetitionDueOn, d.Status,
        d.DischargedBy, d.PromptedAt, version);
}

/// <summary>HTTP for 撤销监护人资格: petition (statutory applicants or court staff), hearing, judgment; grounds noted → civil affairs' duty.</summary>
public static class RevocationEndpoints
{
    public static IEndpointRouteBuilder MapRevocationPetitions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/court/revocation-petitions", File).RequireCaller([Departments.Court, .. RevocationCase.DepartmentPetitioners.Keys]);
        return app;
    }

    public static RouteGroupBuilder MapRevocations(this RouteGroupBuilder api)
    {
        api.MapGet("/revocation-petitions/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, RevocationCase.Kind, RevocationView.Of, ct));
        api.MapPost("/revocation-petitions/{id:guid}/hearing", (HttpContext http, Guid id, ScheduleHearing body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input();
            if (body.HearingOn is null) input.Fail("hearingOn", "Required (yyyy-MM-dd).");
            return Change(http, id, cmd, input, (c, m) => ScheduleRevocationHearing.Decide(new ScheduleRevocationHearing(body.HearingOn!.Value, m), c), ct);
        });
        api.MapPost("/revocation-petitions/{id:guid}/judgment", (HttpContext http, Guid id, JudgeRevocation body, StreamCommand cmd, CancellationToken ct) =>
        {
            var input = new Input().Text("reasons", body.Reasons, 4000);
            if (body.Revoked is null) input.Fail("revoked", "Required: true or false.");
            if (body.EffectiveOn is null) input.Fail("effectiveOn", "Required (yyyy-MM-dd).");
            if (body.Revoked == true)
            {
                if (body.RevokedGuardians is not { Count: > 0 } || body.RevokedGuardians.Any(g => !RevocationCase.GuardianCodes.Contains(g)))
                    input.Fail("revokedGuardians", $"One or more of: {string.Join(", ", RevocationCase.GuardianCodes)}.");
                input.OneOf("newGuardian", body.NewGuardian, RevocationCase.NewGuardians);
            }
            else if (body.Revoked == false && (body.RevokedGuardians is { Count: > 0 } || body.NewGuardian is not null))
                input.Fail("revoked", "A judgment that does not revoke names no revoked guardian and no new guardian.");
            return Change(http, id, cmd, input, (c, m) => JudgeRevocationPetition.Decide(new JudgeRevocationPetition(body.Revoked!.Value,
                [.. (body.RevokedGuardians ?? []).Distinct()], body.NewGuardian, body.EffectiveOn!.Value, body.Reasons!.Trim(), m), c), ct);
        }).ForJudges();

        api.MapPost("/revocation-duties", NoteGrounds);
        api.MapGet("/revocation-duties/{id:guid}", (HttpContext http, Guid id, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, RevocationDuty.Kind, RevocationDutyView.Of, ct));
        return api;
    }

    private static async Task<IResult> Change(HttpContext http, Guid id, StreamCommand cmd, Input input, Func<RevocationCase, Moment, Decision> decide,
        CancellationToken ct) =>
        input.Valid
            ? await cmd.ChangeAsync(http, id, RevocationCase.Kind, decide, RevocationView.Of, ct)
            : Problems.Validation(input.Errors);

    private static Input Codes(Input input, string field, IReadOnlyList<string>? values, IReadOnlyList<string> allowed)
    {
        if (values is not { Count: > 0 } || values.Any(v => !allowed.Contains(v))) input.Fail(field, $"One or more of: {string.Join(", ", allowed)}.");
        return input;
    }

    private static async Task<IResult> File(HttpContext http, FileRevocationPetition body, StreamCommand cmd, IDocumentStore store, RegistryChildren registry,
        CourtQueries queries, TimeProvider clock, ILogger<RevocationCase> log, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var input = new Input().Text("facts", body.Facts, 4000);
        Codes(input, "respondents", body.Respondents, RevocationCase.GuardianCodes);
        Codes(input, "grounds", body.Grounds, RevocationCase.GroundCodes);
        string? petitioner;
        if (caller.Department == Departments.Court)
        {
            if (!Access.Staff.Contains(caller.Role)) return Problems.Forbidden("Only judges and court clerks record petitions for the court.");
            input.OneOf("petitioner", body.Petitioner, RevocationCase.Petitioners);
            petitioner = body.Petitioner;
        }
        else
        {
            petitioner = RevocationCase.DepartmentPetitioners[caller.Department];
            if (body.Petitioner is not null && body.Petitioner != petitioner) input.Fail("petitioner", $"You petition as {petitioner}.");
        }
        ProtectionOrderEndpoints.RegionAndChild(input, caller, body.RegionCode, body.ChildId);
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (await registry.ExistsAsync(body.ChildId!.Value, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");

        var childId = body.ChildId.Value;
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var filed = new RevocationPetitionFiled(id, childId, body.RegionCode!, petitioner!, [.. body.Respondents!.Distinct()], [.. body.Grounds!.Distinct()],
            body.Facts!.Trim(), await queries.ProcuratorateSupportAsync(childId, ct), now);
        var created = await cmd.StartAsync(http, id, RevocationCase.Kind, Decision.Accept(filed), RevocationView.Of, $"/api/court/revocation-petitions/{id}", ct);

        // The petition discharges any duty noted for the child (civil affairs need not be prompted), each duty in its own transaction.
        foreach (var dutyId in await queries.OpenDutiesAsync(childId, ct))
        {
            await using var session = store.LightweightSession();
            var duty = await session.FetchForWritingAsync<RevocationDuty>(dutyId, RevocationDuty.Evolve, ct);
            if (duty.State is null || DischargeRevocationDuty.Decide(new DischargeRevocationDuty(id, now), duty.State) is not Decision.Accepted accepted) continue;
            duty.Append(accepted.Events);
            http.CreateEventMetadata().ApplyTo(session);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (JasperFx.ConcurrencyException)
            {
                log.LogInformation("Revocation duty {DutyId} changed meanwhile; the scanner re-checks it", dutyId);
            }
        }
        return created;
    }

    private static async Task<IResult> NoteGrounds(HttpContext http, NoteRevocationGrounds body, StreamCommand cmd, RegistryChildren registry,
        CourtQueries queries, PolicyPacks packs, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var input = Codes(new Input(), "grounds", body.Grounds, RevocationCase.GroundCodes)
            .OneOf("source", body.Source, ["protection-order", "family-education-guidance", "criminal-case", "other-case"]);
        ProtectionOrderEndpoints.RegionAndChild(input, caller, body.RegionCode, body.ChildId);
        if (!input.Valid) return Problems.Validation(input.Errors);
        if (await registry.ExistsAsync(body.ChildId!.Value, ct) == false)
            return Problems.Validation("childId", "The registry has no such child in your jurisdiction.");
        var moment = Moment.Of(clock);
        var id = Guid.CreateVersion7();
        var noted = new RevocationGroundsNoted(id, body.ChildId.Value, body.RegionCode!, [.. body.Grounds!.Distinct()], body.Source!,
            moment.Today.AddDays(packs.Resolve(body.RegionCode!).Court.RevocationPetitionWindowDays), moment.Now);
        // A petition already pending for the child discharges the duty at once: civil affairs need not be prompted.
        var pending = await queries.OpenPetitionsAsync(body.ChildId.Value, ct);
        object[] events = pending.Count > 0 ? [noted, new RevocationDutyDischarged(id, body.ChildId.Value, pending[0], moment.Now)] : [noted];
        return await cmd.StartAsync(http, id, RevocationDuty.Kind, Decision.Accept(events), RevocationDutyView.Of, $"/api/court/revocation-duties/{id}", ct);
    }
}
