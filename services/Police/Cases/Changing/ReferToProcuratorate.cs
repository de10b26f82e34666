using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Refer the case to the procuratorate (移送检察机关) with its summary; once per case. The case stays open.</summary>
public sealed record ReferToProcuratorate(Guid ReferralId, IReadOnlyList<string> Grounds, string Summary, DateTimeOffset Now, string By)
{
    public static Decision Decide(ReferToProcuratorate c, PoliceCase s) =>
        !s.IsOpen ? CaseCommand.Ended(s)
        : s.ReferralId is not null ? Decision.Reject("already-referred", "The case was already referred to the procuratorate.")
        : Decision.Accept(new CaseReferredToProcuratorate(s.Id, c.ReferralId, s.ChildId, s.RegionCode, c.Grounds, c.Summary, c.Now, c.By));
}

public sealed record ReferToProcuratorateInput(IReadOnlyList<string>? Grounds, string? Summary);

public static class ReferToProcuratorateEndpoint
{
    public static RouteGroupBuilder MapReferToProcuratorate(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/referral", (Guid id, ReferToProcuratorateInput input, HttpContext http, PostgresEventStore store,
            TimeProvider clock, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var grounds = Input.Codes(errors, "grounds", input.Grounds, ReferralGrounds.All);
            var summary = Input.Text(errors, "summary", input.Summary, 4000, "The case summary");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var command = new ReferToProcuratorate(Guid.CreateVersion7(), grounds!, summary!, clock.GetUtcNow(), Caller.From(http.User).User);
            return CaseCommand.HandleAsync(http, store, id, s => ReferToProcuratorate.Decide(command, s), ct);
        }).WithName("ReferPoliceCaseToProcuratorate");
        return group;
    }
}
