using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Procuratorate.Lawsuits;

/// <summary>
/// 支持起诉 / 督促起诉: the procuratorate supports or urges a lawsuit for the child (Minors Protection Law art. 106),
/// typically civil affairs' application to revoke guardianship. <paramref name="PartyName"/> names a person or
/// organisation when the party is not a department (never logged or published).
/// </summary>
public sealed record LawsuitSupportDecided(Guid LawsuitId, Guid CaseId, Guid ChildId, string RegionCode, string Mode, string SupportedParty,
    string? PartyName, string Claim, string Grounds, DateTimeOffset DecidedAt);

/// <summary>The suit was filed with the court under its case number (案号).</summary>
public sealed record SupportedLawsuitFiled(Guid LawsuitId, Guid CaseId, Guid ChildId, string SupportedParty, string Claim, string CourtCaseReference,
    DateOnly FiledOn, DateTimeOffset RecordedAt);

public static class LawsuitEventTypes
{
    public static void Register(EventTypes types) => types
        .Register<LawsuitSupportDecided>("procuratorate.lawsuit-support-decided.v1")
        .Register<SupportedLawsuitFiled>("procuratorate.supported-lawsuit-filed.v1");
}
