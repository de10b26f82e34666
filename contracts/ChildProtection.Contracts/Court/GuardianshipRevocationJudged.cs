using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Court;

/// <summary>
/// A court judged a petition to revoke guardianship (撤销监护人资格, Civil Code art. 36). When <see cref="Revoked"/>,
/// Registry records each revoked parent's situation as <c>guardianship-revoked</c> and, when civil affairs is appointed,
/// long-term state guardianship; Relief reassesses the child.
/// </summary>
/// <param name="JudgmentId">The judgment (idempotency key).</param>
/// <param name="CaseId">The court's revocation case.</param>
/// <param name="ChildId">The child's registry id.</param>
/// <param name="RegionCode">The 12-digit code of the child's village.</param>
/// <param name="Revoked">Whether guardianship was revoked.</param>
/// <param name="RevokedGuardians">Whose guardianship was revoked: <c>father</c>, <c>mother</c>, <c>other-guardian</c>.</param>
/// <param name="NewGuardian">
/// Who the court appointed: <c>civil-affairs</c> (long-term state guardianship), <c>relative</c>,
/// <c>village-committee</c> or <c>other-person</c>; null when not revoked.
/// </param>
/// <param name="EffectiveOn">The day the judgment takes effect.</param>
/// <param name="OccurredAt">When it was judged.</param>
public sealed record GuardianshipRevocationJudged(
    Guid JudgmentId,
    Guid CaseId,
    Guid ChildId,
    string RegionCode,
    bool Revoked,
    IReadOnlyList<string> RevokedGuardians,
    string? NewGuardian,
    DateOnly EffectiveOn,
    DateTimeOffset OccurredAt) : IChildFileEvent
{
    public string FileSource => "court";
    public string FileSummary => Revoked
        ? $"Court revoked the guardianship of {string.Join(" and ", RevokedGuardians)}; new guardian: {NewGuardian}"
        : "Court rejected the petition to revoke guardianship";
}
