using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Children;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Name the registered child a case is about, once it is known (instruments issued from then on go to the child's file).</summary>
public sealed record IdentifyChild(Guid ChildId, DateTimeOffset Now, string By)
{
    public static Decision Decide(IdentifyChild c, PoliceCase s) =>
        !s.IsOpen ? CaseCommand.Ended(s)
        : s.ChildId is not null ? Decision.Reject("child-already-identified", "The case already names its child.")
        : Decision.Accept(new CaseChildIdentified(s.Id, c.ChildId, c.Now, c.By));
}

public sealed record IdentifyChildInput(Guid? ChildId);

public static class IdentifyChildEndpoint
{
    public static RouteGroupBuilder MapIdentifyChild(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/child", async Task<IResult> (Guid id, IdentifyChildInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, IChildDirectory children, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var child = Input.Id(errors, "childId", input.ChildId, "The child's registry id");
            if (child is null) return Problems.Validation(errors);
            if (await children.VerifyAsync(child.Value, "childId", ct) is { } unknown) return unknown;
            var command = new IdentifyChild(child.Value, clock.GetUtcNow(), Caller.From(http.User).User);
            return await CaseCommand.HandleAsync(http, store, id, s => IdentifyChild.Decide(command, s), ct);
        }).WithName("IdentifyPoliceCaseChild");
        return group;
    }
}
