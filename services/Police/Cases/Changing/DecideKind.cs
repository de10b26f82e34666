using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Decide the case is administrative or criminal (a case may move from administrative to criminal, never back to review).</summary>
public sealed record DecideKind(string Kind, string By, Moment At)
{
    public static Decision Decide(DecideKind c, PoliceCase s) =>
        !s.IsOpen ? PoliceCase.Ended(s)
        : s.Kind == c.Kind ? Decision.Reject("kind-unchanged", $"The case is already {c.Kind}.")
        : s.Kind == CaseKinds.Criminal ? Decision.Reject("criminal-case-stays-criminal", "A criminal case is not turned back into an administrative one here; close it with its outcome.")
        : Decision.Accept(new CaseKindDecided(s.Id, s.ChildId, s.RegionCode, c.Kind, c.At.Now, c.By));
}

public sealed record DecideKindInput(string? Kind);

public static class DecideKindEndpoint
{
    public static RouteGroupBuilder MapDecideKind(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/kind", (Guid id, DecideKindInput input, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var kind = Input.Code(errors, "kind", input.Kind, CaseKinds.Decided);
            if (kind is null) return Task.FromResult<IResult>(Problems.Validation(errors));
            var by = Caller.From(http.User).User;
            return cmd.ChangeAsync(http, id, PoliceCase.Stream, (s, m) => DecideKind.Decide(new DecideKind(kind, by, m), s), CaseView.From, ct);
        }).WithName("DecidePoliceCaseKind");
        return group;
    }
}
