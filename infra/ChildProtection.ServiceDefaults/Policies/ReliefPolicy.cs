namespace ChildProtection.ServiceDefaults.Jurisdictions;

/// <summary>Local terms of relief programmes (for later use by the relief capabilities).</summary>
/// <param name="RehabilitationAidMinAgeYears">Youngest age (years, inclusive) for disabled-child rehabilitation aid (残疾儿童康复救助).</param>
/// <param name="RehabilitationAidMaxAgeYears">Oldest age (years, inclusive): 6 nationally, localities may extend (Baotou 10).</param>
/// <param name="RehabilitationAidResidencePermitQualifies">
/// A local residence permit (居住证) qualifies as well as a local household registration (户籍).
/// </param>
public sealed record ReliefPolicy(
    int RehabilitationAidMinAgeYears,
    int RehabilitationAidMaxAgeYears,
    bool RehabilitationAidResidencePermitQualifies);
