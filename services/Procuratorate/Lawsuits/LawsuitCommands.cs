using ChildProtection.Procuratorate.Cases;
using ChildProtection.ServiceDefaults.EventSourcing;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Procuratorate.Lawsuits;

/// <summary>支持起诉 / 督促起诉: support or urge a party's lawsuit for the child, in an open case about a child. Decided on the case.</summary>
public sealed record SupportLawsuitInCase(Guid LawsuitId, string Mode, string SupportedParty, string? PartyName, string Claim, string Grounds, Moment At)
{
    public static Decision Decide(SupportLawsuitInCase c, ProcuratorateCase s)
    {
        if (s.RefuseInstrument(needsChild: true) is { } refused) return refused;
        return Decision.Accept(new LawsuitSupportDecided(c.LawsuitId, s.Id, s.ChildId!.Value, s.RegionCode, c.Mode, c.SupportedParty, c.PartyName, c.Claim,
            c.Grounds, c.At.Now));
    }
}

/// <summary>The suit was filed with the court under its case number (案号): recorded once.</summary>
public sealed record RecordSuitFiling(string CourtCaseReference, DateOnly FiledOn, Moment At)
{
    public static Decision Decide(RecordSuitFiling c, SupportedLawsuit s) =>
        s.CourtCaseReference is not null
            ? Decision.Reject("already-filed", "The filing has already been recorded.")
            : Decision.Accept(new SupportedLawsuitFiled(s.Id, s.CaseId, s.ChildId, s.SupportedParty, s.Claim, c.CourtCaseReference, c.FiledOn, c.At.Now));
}
