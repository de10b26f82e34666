using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Cases;
using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Admonitions;

/// <summary>Admonish a named guardian in an open case, with grounds and the statement read to them.</summary>
public sealed record AdmonishGuardian(Guid AdmonitionId, NamedGuardian Guardian, IReadOnlyList<string> Grounds, string Statement,
    DateTimeOffset Now, string By)
{
    public static Decision Decide(AdmonishGuardian c, PoliceCase s) => Decision.Accept(
        new GuardianAdmonished(c.AdmonitionId, s.Id, s.ChildId, s.RegionCode, c.Guardian, c.Grounds, c.Statement, c.Now, c.By));
}

/// <summary>The guardian signs the admonition; once.</summary>
public sealed record AcknowledgeAdmonition(DateTimeOffset Now, string By)
{
    public static Decision Decide(AcknowledgeAdmonition c, Admonition s) => s.AcknowledgedAt is not null
        ? Decision.Reject("already-acknowledged", "The guardian already acknowledged this admonition.")
        : Decision.Accept(new AdmonitionAcknowledged(s.Id, c.Now, c.By));
}

public sealed record AdmonishGuardianInput(GuardianInput? Guardian, IReadOnlyList<string>? Grounds, string? Statement);

public static class AdmonitionEndpoints
{
    public static RouteGroupBuilder MapAdmonitions(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/admonitions", (Guid caseId, AdmonishGuardianInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var guardian = GuardianInput.Validate(input.Guardian, errors, "guardian");
            var grounds = Input.Codes(errors, "grounds", input.Grounds, Admonition.GroundCodes);
            var statement = Input.Text(errors, "statement", input.Statement, 4000, "The admonition's statement");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new AdmonishGuardian(Guid.CreateVersion7(), guardian!, grounds!, statement!, clock.GetUtcNow(), Caller.From(http.User).User);
            return InstrumentCommand.IssueAsync<Admonition>(http, store, caseId, InstrumentKinds.Admonition,
                s => AdmonishGuardian.Decide(command, s), Admonition.Evolve, AdmonitionView.From, ct);
        }).WithName("AdmonishGuardian");

        group.MapGet("/admonitions/{id:guid}", (Guid id, HttpContext http, PostgresEventStore store, CancellationToken ct) =>
            InstrumentCommand.GetAsync<Admonition>(http, store, id, InstrumentKinds.Admonition, Admonition.Evolve, a => a.RegionCode,
                AdmonitionView.From, ct)).WithName("GetAdmonition");

        group.MapPost("/admonitions/{id:guid}/acknowledgement", (Guid id, HttpContext http, PostgresEventStore store, TimeProvider clock,
            CancellationToken ct) =>
        {
            var command = new AcknowledgeAdmonition(clock.GetUtcNow(), Caller.From(http.User).User);
            return InstrumentCommand.ChangeAsync<Admonition>(http, store, id, InstrumentKinds.Admonition, Admonition.Evolve, a => a.RegionCode,
                s => AcknowledgeAdmonition.Decide(command, s), AdmonitionView.From, ct);
        }).WithName("AcknowledgeAdmonition");
        return group;
    }
}
