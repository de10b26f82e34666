using ChildProtection.Police.Http;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Cases.Changing;

/// <summary>Refer the case to the procuratorate (移送检察机关) with its summary; once per case. The case stays open.</summary>
public sealed record ReferToProcuratorate(Guid ReferralId, IReadOnlyList<string> Grounds, string Summary, string By, Moment At)
{
    public static Decision Decide(ReferToProcuratorate c, PoliceCase s) =>
        !s.IsOpen ? PoliceCase.Ended(s)
        : s.ReferralId is not null ? Decision.Reject("already-referred", "The case was already referred to the procuratorate.")
        : Decision.Accept(new CaseReferredToProcuratorate(s.Id, c.ReferralId, s.ChildId, s.RegionCode, c.Grounds, c.Summary, c.At.Now, c.By));
}

public sealed record ReferToProcuratorateInput(IReadOnlyList<string>? Grounds, string? Summary);

public static class ReferToProcuratorateEndpoint
{
    public static RouteGroupBuilder MapReferToProcuratorate(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/referral", (Guid id, ReferToProcuratorateInput input, HttpContext http, StreamCommand cmd, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            var grounds = Input.Codes(errors, "grounds", input.Grounds, ReferralGrounds.All);
            var summary = Input.Text(errors, "summary", input.Summary, 4000, "The case summary");
            if (errors.Count > 0) return Task.FromResult<IResult>(Problems.Validation(errors));
            var (referralId, by) = (Guid.CreateVersion7(), Caller.From(http.User).User);
            return cmd.ChangeAsync(http, id, PoliceCase.Stream,
                (s, m) => ReferToProcuratorate.Decide(new ReferToProcuratorate(referralId, grounds!, summary!, by, m), s), CaseView.From, ct);
        }).WithName("ReferPoliceCaseToProcuratorate");
        return group;
    }
}
