using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Procuratorate.Cases;

/// <summary>Close an open case with an outcome and an optional note; a closed case is not closed again.</summary>
public sealed record CloseProcuratorateCase(string Outcome, string? Note, Moment At)
{
    public static Decision Decide(CloseProcuratorateCase c, ProcuratorateCase s) =>
        s.Closed
            ? Decision.Reject("case-closed", "The case is already closed.")
            : Decision.Accept(new CaseClosed(s.Id, s.ChildId, c.Outcome, c.Note, c.At.Now));
}
