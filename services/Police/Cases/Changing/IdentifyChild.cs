using ChildProtection.Police.Children;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Name the registered child a case is about, once it is known (instruments issued from then on go to the child's file).</summary>
public sealed record IdentifyChild(Guid ChildId, string By, Moment At)
{
    public static Decision Decide(IdentifyChild c, PoliceCase s) =>
        !s.IsOpen ? PoliceCase.Ended(s)
        : s.ChildId is not null ? Decision.Reject("child-already-identified", "The case already names its child.")
        : Decision.Accept(new CaseChildIdentified(s.Id, c.ChildId, c.At.Now, c.By));
}

public sealed record IdentifyChildInput(Guid? ChildId);

public static class IdentifyChildEndpoint
{
    public static RouteGroupBuilder MapIdentifyChild(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/child", async Task<IResult> (Guid id, IdentifyChildInput input, HttpContext http, StreamCommand cmd,
            IChildDirectory children, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var child = Input.Id(errors, "childId", input.ChildId, "The child's registry id");
            if (child is null) return Problems.Validation(errors);
            if (await children.VerifyAsync(child.Value, "childId", ct) is { } unknown) return unknown;
            var by = Caller.From(http.User).User;
            return await cmd.ChangeAsync(http, id, PoliceCase.Stream, (s, m) => IdentifyChild.Decide(new IdentifyChild(child.Value, by, m), s),
                CaseView.From, ct);
        }).WithName("IdentifyPoliceCaseChild");
        return group;
    }
}
