namespace ChildProtection.Jurisdictions;

/// <summary>Local terms of relief programmes (for later use by the relief capabilities).</summary>
/// <param name="RehabilitationAidMinAgeYears">Youngest age (years, inclusive) for disabled-child rehabilitation aid (残疾儿童康复救助).</param>
/// <param name="RehabilitationAidMaxAgeYears">Oldest age (years, inclusive): 6 nationally, localities may extend (Baotou 10).</param>
/// <param name="RehabilitationAidResidencePermitQualifies">
/// A local residence permit (居住证) qualifies as well as a local household registration (户籍).
/// </param>
public sealed record ReliefPolicy(
    int RehabilitationAidMinAgeYears,
    int RehabilitationAidMaxAgeYears,
    bool RehabilitationAidResidencePermitQualifies)
{
    /// <summary>Orphan and de-facto-unsupported allowance per month, yuan (same standard; the amount is local).</summary>
    public int AllowanceMonthlyYuan { get; init; } = 1440;

    /// <summary>The allowance ends at this age (years): children under 18.</summary>
    public int AllowanceMaxAgeYears { get; init; } = 18;

    /// <summary>Extreme-poverty support (特困) for a child under this age (years).</summary>
    public int ExtremePovertyMaxAgeYears { get; init; } = 16;

    /// <summary>Months between periodic reviews of an orphan or de-facto-unsupported allowance.</summary>
    public int AllowanceReviewMonths { get; init; } = 12;

    /// <summary>Months between periodic reviews of a minimum living guarantee (低保).</summary>
    public int MinimumLivingReviewMonths { get; init; } = 12;

    /// <summary>Months between periodic reviews of extreme-poverty support (特困).</summary>
    public int ExtremePovertyReviewMonths { get; init; } = 12;

    /// <summary>Months between periodic reviews of rehabilitation aid.</summary>
    public int RehabilitationAidReviewMonths { get; init; } = 12;

    /// <summary>
    /// A child in hardship who does not meet the de-facto-unsupported conditions is routed to minimum living guarantee,
    /// extreme-poverty support or temporary assistance (Tianjin).
    /// </summary>
    public bool HardshipRoutedToSocialAssistance { get; init; }
}
