using ChildProtection.Police.Http;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Admonitions;

public sealed record AdmonishGuardianInput(GuardianInput? Guardian, IReadOnlyList<string>? Grounds, string? Statement);

public static class AdmonitionEndpoints
{
    public static RouteGroupBuilder MapAdmonitions(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{caseId:guid}/admonitions", (Guid caseId, AdmonishGuardianInput input, HttpContext http, StreamCommand cmd,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var guardian = GuardianInput.Validate(input.Guardian, errors, "guardian");
            var grounds = Input.Codes(errors, "grounds", input.Grounds, Admonition.GroundCodes);
            var statement = Input.Text(errors, "statement", input.Statement, 4000, "The admonition's statement");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new AdmonishGuardian(Guid.CreateVersion7(), guardian!, grounds!, statement!, Caller.From(http.User).User, Moment.Of(clock));
            return cmd.IssueInCaseAsync(http, caseId, command.AdmonitionId, Admonition.Kind, InstrumentKinds.RouteOf(InstrumentKinds.Admonition),
                s => AdmonishGuardian.Decide(command, s), AdmonitionView.From, ct);
        }).WithName("AdmonishGuardian");

        group.MapGet("/admonitions/{id:guid}", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
            cmd.ReadAsync(http, id, Admonition.Kind, AdmonitionView.From, ct)).WithName("GetAdmonition");

        group.MapPost("/admonitions/{id:guid}/acknowledgement", (Guid id, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
        {
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, Admonition.Kind, (s, m) => AcknowledgeAdmonition.Decide(new AcknowledgeAdmonition(by, m), s),
                AdmonitionView.From, ct);
        }).WithName("AcknowledgeAdmonition");
        return group;
    }
}
