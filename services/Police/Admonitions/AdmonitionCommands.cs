using ChildProtection.Police.Cases;
using ChildProtection.Police.Instruments;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Police.Admonitions;

/// <summary>Admonish a named guardian in an open case, with grounds and the statement read to them.</summary>
public sealed record AdmonishGuardian(Guid AdmonitionId, NamedGuardian Guardian, IReadOnlyList<string> Grounds, string Statement, string By,
    Moment At)
{
    public static Decision Decide(AdmonishGuardian c, PoliceCase s) => !s.IsOpen
        ? PoliceCase.Ended(s)
        : Decision.Accept(new GuardianAdmonished(c.AdmonitionId, s.Id, s.ChildId, s.RegionCode, c.Guardian, c.Grounds, c.Statement, c.At.Now, c.By));
}

/// <summary>The guardian signs the admonition; once.</summary>
public sealed record AcknowledgeAdmonition(string By, Moment At)
{
    public static Decision Decide(AcknowledgeAdmonition c, Admonition s) => s.AcknowledgedAt is not null
        ? Decision.Reject("already-acknowledged", "The guardian already acknowledged this admonition.")
        : Decision.Accept(new AdmonitionAcknowledged(s.Id, c.At.Now, c.By));
}
