using System.Globalization;
using ChildProtection.Relief.Facts;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Relief.Rules;

/// <summary>A programme the child is eligible for on a date, why, and the evidence a case still needs.</summary>
public sealed record Eligibility(string Programme, IReadOnlyList<string> Reasons, IReadOnlyList<string> MissingEvidence);

/// <summary>
/// The programme rules of docs/domain.md §9 as one pure function of the child's facts, the date and the pack's relief terms.
/// Overlap rules are part of it: orphan excludes the de-facto-unsupported allowance; either allowance covers basic
/// living, so extreme-poverty support is not proposed on top; where the pack says so (Tianjin), a child in hardship
/// who does not meet the de-facto-unsupported conditions is routed to minimum living guarantee, extreme-poverty
/// support or temporary assistance.
/// </summary>
public static class ProgrammeRules
{
    public static IReadOnlyList<Eligibility> Evaluate(ChildFacts facts, DateOnly today, ReliefPolicy policy)
    {
        var result = new List<Eligibility>();
        if (facts.BirthDate is not { } birth || facts.RegionCode is null || today < birth) return result;
        var age = AgeOn(birth, today);
        var under18 = today < birth.AddYears(policy.AllowanceMaxAgeYears);
        var under16 = today < birth.AddYears(policy.ExtremePovertyMaxAgeYears);
        var allowance = false;

        if (under18 && facts.Category(Categories.Orphan) is { } orphan)
        {
            result.Add(new Eligibility(Programmes.OrphanAllowance,
                [.. orphan.Reasons, $"under {policy.AllowanceMaxAgeYears} (age {age})"],
                ["death certificates or court declarations of missing for both parents", "household registration (户口簿)"]));
            allowance = true;
        }
        else if (under18 && facts.Category(Categories.DeFactoUnsupported) is { } unsupported)
        {
            result.Add(new Eligibility(Programmes.DeFactoUnsupportedAllowance,
                [.. unsupported.Reasons, $"under {policy.AllowanceMaxAgeYears} (age {age})"],
                ["proof of each parent's condition (judgment, detention notice, police acceptance receipt of the missing report, disability certificate or death certificate)",
                 "household registration (户口簿)"]));
            allowance = true;
        }

        var poverty = facts.Category(Categories.Poverty);
        var noAbleSupporter = facts.Guardianship is "temporary-state" or "long-term-state" || facts.Has(Categories.Guardianship);
        var tianjin = policy.HardshipRoutedToSocialAssistance && !allowance && (poverty is not null || facts.ReliefRequestedOn is not null);
        var routed = tianjin ? " (hardship outside the de-facto-unsupported conditions is routed to social assistance by the pack)" : "";

        if (!allowance && (poverty is not null || tianjin))
            result.Add(new Eligibility(Programmes.MinimumLivingGuarantee,
                [poverty is not null ? "family poverty hardship recorded by Registry" : "a visit found the child in need of relief", $"minors in hardship get extra support{routed}"],
                ["household economic status verification platform verdict: income per head below the local standard, assets within limits"]));

        if (!allowance && under16 && noAbleSupporter && (poverty is not null || tianjin))
            result.Add(new Eligibility(Programmes.ExtremePovertySupport,
                [$"under {policy.ExtremePovertyMaxAgeYears} (age {age})", "no able supporter (state guardianship or failing guardianship)", $"no income of the child's own{routed}"],
                ["statement of no income", "proof that no one is able and obliged to support the child"]));

        if (!allowance && facts.ReliefRequestedOn is { } requested)
            result.Add(new Eligibility(Programmes.TemporaryAssistance,
                [$"sudden hardship found on a visit on {requested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", "urgent cases take the simplified path"],
                ["the township's account of the sudden hardship"]));

        if (facts.Disabled && age >= policy.RehabilitationAidMinAgeYears && age <= policy.RehabilitationAidMaxAgeYears)
            result.Add(new Eligibility(Programmes.RehabilitationAid,
                [$"own disability recorded by Registry", $"age {age}, within {policy.RehabilitationAidMinAgeYears}–{policy.RehabilitationAidMaxAgeYears}"],
                ["disability certificate or diagnosis (残疾证/诊断证明)",
                 policy.RehabilitationAidResidencePermitQualifies
                     ? "local household registration or residence permit (户籍或居住证)"
                     : "local household registration (户籍)"]));

        return result;
    }

    /// <summary>Full years on a date: the birthday itself counts (the 16th birthday makes the child 16).</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>The first day of the month after <paramref name="day"/>: entitlements start, and end, the month after.</summary>
    public static DateOnly MonthAfter(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    /// <summary>The first day of the month of <paramref name="day"/>.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Months between periodic reviews of a programme (pack); null where no periodic review applies.</summary>
    public static int? ReviewMonths(string programme, ReliefPolicy policy) => programme switch
    {
        Programmes.OrphanAllowance or Programmes.DeFactoUnsupportedAllowance => policy.AllowanceReviewMonths,
        Programmes.MinimumLivingGuarantee => policy.MinimumLivingReviewMonths,
        Programmes.ExtremePovertySupport => policy.ExtremePovertyReviewMonths,
        Programmes.RehabilitationAid => policy.RehabilitationAidReviewMonths,
        _ => null,
    };

    /// <summary>The monthly amount paid (yuan): the pack's allowance standard; null where it is set per case.</summary>
    public static int? MonthlyYuan(string programme, ReliefPolicy policy) =>
        Programmes.IsAllowance(programme) ? policy.AllowanceMonthlyYuan : null;
}
