namespace ChildProtection.Contracts.Police;

/// <summary>
/// The police referred a case to the procuratorate (移送检察机关) with its summary; the Procuratorate opens a
/// case from it.
/// </summary>
/// <param name="ReferralId">The referral (idempotency key for the procuratorate's case).</param>
/// <param name="CaseId">The police case.</param>
/// <param name="ChildId">The child's registry id, when known.</param>
/// <param name="RegionCode">The region of the case (12-digit village code where known).</param>
/// <param name="Grounds">Codes for why (e.g. <c>guardian-failing-duties</c>, <c>suspected-crime</c>, <c>admonition-ignored</c>).</param>
/// <param name="Summary">The case summary for the prosecutor (no ID numbers).</param>
/// <param name="ReferredAt">When it was referred.</param>
/// <param name="ReferredBy">The subject of the officer who referred it.</param>
public sealed record PoliceCaseReferredToProcuratorate(
    Guid ReferralId,
    Guid CaseId,
    Guid? ChildId,
    string RegionCode,
    IReadOnlyList<string> Grounds,
    string Summary,
    DateTimeOffset ReferredAt,
    string ReferredBy);
