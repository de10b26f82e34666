using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.Court.Revocations;

/// <summary>撤销监护人资格 petition (Civil Code art. 36): petitioner, respondents, grounds, facts; supported by the procuratorate when known.</summary>
public sealed record RevocationPetitionFiled(Guid CaseId, Guid ChildId, string RegionCode, string Petitioner, IReadOnlyList<string> Respondents,
    IReadOnlyList<string> Grounds, string Facts, Guid? SupportingLawsuitId, DateTimeOffset FiledAt);

/// <summary>The procuratorate supports (or urged) the petition (支持起诉, Minors Protection Law art. 106).</summary>
public sealed record RevocationSupportedByProcuratorate(Guid CaseId, Guid ChildId, Guid LawsuitId, string Mode, DateTimeOffset RecordedAt);

/// <summary>
/// The procuratorate's support of a revocation suit for the child, noted on the lawsuit's own stream whether or not a petition is
/// open yet, so a petition filed later starts out supported.
/// </summary>
public sealed record ProcuratorateSupportNoted(Guid LawsuitId, Guid ChildId, string Mode, DateTimeOffset RecordedAt);

/// <summary>The hearing is scheduled.</summary>
public sealed record RevocationHearingScheduled(Guid CaseId, Guid ChildId, DateOnly HearingOn, DateTimeOffset ScheduledAt);

/// <summary>The judgment: revoked (whose, the new guardian, from when) or not.</summary>
public sealed record RevocationJudged(Guid CaseId, Guid JudgmentId, Guid ChildId, string RegionCode, bool Revoked, IReadOnlyList<string> RevokedGuardians,
    string? NewGuardian, DateOnly EffectiveOn, string Reasons, DateTimeOffset JudgedAt);

/// <summary>A case showed grounds to revoke guardianship: a petition is expected by <paramref name="PetitionDueOn"/>, else civil affairs must apply.</summary>
public sealed record RevocationGroundsNoted(Guid DutyId, Guid ChildId, string RegionCode, IReadOnlyList<string> Grounds, string Source,
    DateOnly PetitionDueOn, DateTimeOffset NotedAt);

/// <summary>A petition for the child was filed in time.</summary>
public sealed record RevocationDutyDischarged(Guid DutyId, Guid ChildId, Guid PetitionCaseId, DateTimeOffset RecordedAt);

/// <summary>No petition in the window: civil affairs prompted that it must apply (once).</summary>
public sealed record CivilAffairsPetitionPrompted(Guid DutyId, Guid ChildId, string RegionCode, IReadOnlyList<string> Grounds, DateOnly PetitionDueOn,
    DateTimeOffset PromptedAt);

public static class RevocationEventTypes
{
    public const string StreamType = "guardianship-revocation";
    public const string DutyStreamType = "revocation-duty";

    public static void Register(EventTypes types) => types
        .Register<RevocationPetitionFiled>("court.revocation-petition-filed.v1")
        .Register<ProcuratorateSupportNoted>("court.procuratorate-support-noted.v1")
        .Register<RevocationSupportedByProcuratorate>("court.revocation-supported-by-procuratorate.v1")
        .Register<RevocationHearingScheduled>("court.revocation-hearing-scheduled.v1")
        .Register<RevocationJudged>("court.revocation-judged.v1")
        .Register<RevocationGroundsNoted>("court.revocation-grounds-noted.v1")
        .Register<RevocationDutyDischarged>("court.revocation-duty-discharged.v1")
        .Register<CivilAffairsPetitionPrompted>("court.civil-affairs-petition-prompted.v1");
}
