using ChildProtection.Court.Http;
using ChildProtection.ServiceDefaults.EventSourcing.Streams;

namespace ChildProtection.Court.Revocations;

/// <summary>
/// A petition to revoke guardianship: filed → (supported by the procuratorate) → hearing scheduled → judged once (revoked with a
/// new guardian — civil affairs as the fallback — or not).
/// </summary>
public sealed record RevocationCase(Guid Id, Guid ChildId, string RegionCode, string Petitioner, IReadOnlyList<string> Respondents,
    IReadOnlyList<string> Grounds, string Facts, DateTimeOffset FiledAt)
{
    /// <summary>Civil Code art. 36 applicants.</summary>
    public static readonly IReadOnlyList<string> Petitioners =
    [
        "other-guardian", "village-committee", "residents-committee", "school", "medical-institution", "women-federation", "disabled-federation",
        "minors-protection-organisation", "civil-affairs",
    ];

    /// <summary>The departments that petition as themselves through the API, and the petitioner they are.</summary>
    public static readonly IReadOnlyDictionary<string, string> DepartmentPetitioners = new Dictionary<string, string>
    {
        ["civil-affairs"] = "civil-affairs", ["village-committee"] = "village-committee", ["education"] = "school", ["health"] = "medical-institution",
        ["women-federation"] = "women-federation", ["disabled-federation"] = "disabled-federation",
    };

    /// <summary>Civil Code art. 36 grounds.</summary>
    public static readonly IReadOnlyList<string> GroundCodes =
        ["serious-harm-to-body-or-mind", "neglect-leaving-child-in-danger", "unable-and-refusing-to-delegate", "other-serious-infringement"];

    public static readonly IReadOnlyList<string> GuardianCodes = ["father", "mother", "other-guardian"];
    public static readonly IReadOnlyList<string> NewGuardians = ["civil-affairs", "relative", "village-committee", "other-person"];

    public Guid? SupportingLawsuitId { get; init; }
    public string? SupportMode { get; init; }
    public DateOnly? HearingOn { get; init; }
    public RevocationJudged? Judgment { get; init; }

    public string Status => Judgment is { } j ? (j.Revoked ? "revoked" : "not-revoked") : HearingOn is not null ? "hearing-scheduled" : "filed";

    public static RevocationCase? Evolve(RevocationCase? state, object @event) => (state, @event) switch
    {
        (_, RevocationPetitionFiled e) => new RevocationCase(e.CaseId, e.ChildId, e.RegionCode, e.Petitioner, e.Respondents, e.Grounds, e.Facts, e.FiledAt)
        {
            SupportingLawsuitId = e.SupportingLawsuitId, SupportMode = e.SupportingLawsuitId is null ? null : "support",
        },
        (null, _) => null,
        (_, RevocationSupportedByProcuratorate e) => state with { SupportingLawsuitId = e.LawsuitId, SupportMode = e.Mode },
        (_, RevocationHearingScheduled e) => state with { HearingOn = e.HearingOn },
        (_, RevocationJudged e) => state with { Judgment = e },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<RevocationCase> Kind = new("revocation case", Evolve, c => c.RegionCode);
}

/// <summary>The duty of civil affairs to petition when no one else does in time (Civil Code art. 36 para. 3).</summary>
public sealed record RevocationDuty(Guid Id, Guid ChildId, string RegionCode, IReadOnlyList<string> Grounds, string Source, DateOnly PetitionDueOn,
    DateTimeOffset NotedAt)
{
    public Guid? DischargedBy { get; init; }
    public DateTimeOffset? PromptedAt { get; init; }

    public string Status => DischargedBy is not null ? "petition-filed" : PromptedAt is not null ? "civil-affairs-prompted" : "awaiting-petition";

    public static RevocationDuty? Evolve(RevocationDuty? state, object @event) => (state, @event) switch
    {
        (_, RevocationGroundsNoted e) => new RevocationDuty(e.DutyId, e.ChildId, e.RegionCode, e.Grounds, e.Source, e.PetitionDueOn, e.NotedAt),
        (null, _) => null,
        (_, RevocationDutyDischarged e) => state with { DischargedBy = e.PetitionCaseId },
        (_, CivilAffairsPetitionPrompted e) => state with { PromptedAt = e.PromptedAt },
        _ => state,
    };

    /// <summary>What the command step needs: the fold, the jurisdiction, the audit subject (the child).</summary>
    public static readonly StreamKind<RevocationDuty> Kind = new("revocation duty", Evolve, d => d.RegionCode);
}
