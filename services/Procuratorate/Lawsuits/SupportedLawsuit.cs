using ChildProtection.ServiceDefaults.EventSourcing.Streams;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Procuratorate.Lawsuits;

/// <summary>
/// A lawsuit the procuratorate supports or urges: decided → filed (with the court case reference, once). Pure: Evolve folds
/// events; <see cref="SupportLawsuitInCase"/> and <see cref="RecordSuitFiling"/> decide.
/// </summary>
public sealed record SupportedLawsuit(Guid Id, Guid CaseId, Guid ChildId, string RegionCode, string Mode, string SupportedParty, string? PartyName,
    string Claim, string Grounds, DateTimeOffset DecidedAt)
{
    public static readonly IReadOnlyList<string> Modes = ["support", "urge"];
    public static readonly IReadOnlyList<string> Claims = ["revoke-guardianship", "change-guardian", "maintenance", "damages", "other"];

    /// <summary>Departments that may be the supported party (Civil Code art. 36); <c>other</c> for a person or organisation named in PartyName.</summary>
    public static readonly IReadOnlyList<string> Parties =
        [Departments.CivilAffairs, Departments.VillageCommittee, Departments.WomenFederation, Departments.DisabledFederation, Departments.Education, "other"];

    public string? CourtCaseReference { get; init; }
    public DateOnly? FiledOn { get; init; }
    public string Status => CourtCaseReference is null ? "awaiting-filing" : "filed";

    public static SupportedLawsuit? Evolve(SupportedLawsuit? state, object @event) => (state, @event) switch
    {
        (_, LawsuitSupportDecided e) => new SupportedLawsuit(e.LawsuitId, e.CaseId, e.ChildId, e.RegionCode, e.Mode, e.SupportedParty, e.PartyName,
            e.Claim, e.Grounds, e.DecidedAt),
        (null, _) => null,
        (_, SupportedLawsuitFiled e) => state with { CourtCaseReference = e.CourtCaseReference, FiledOn = e.FiledOn },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<SupportedLawsuit> Kind = new("supported lawsuit", Evolve, l => l.RegionCode);
}
