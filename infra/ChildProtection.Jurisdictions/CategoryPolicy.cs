namespace ChildProtection.Jurisdictions;

/// <summary>Local extensions of which children the care service covers.</summary>
/// <param name="SingleParentFamilyInScope">
/// Single-parent-family children (单亲家庭儿童) are served, filed and visited like left-behind children
/// and children in difficulty. No national definition; Shanxi, Liaoning and Baotou include them.
/// </param>
/// <param name="AnnualSurveyIncludesRuralSingleParent">
/// The yearly full survey (全面摸底排查) also covers rural single-parent-family children (Liaoning).
/// </param>
/// <param name="GuardianshipAssessmentCategories">
/// Category codes whose children civil affairs assesses for guardianship (监护评估) every year (Baotou: orphans,
/// de-facto unsupported and left-behind children); children under temporary state guardianship always are.
/// </param>
public sealed record CategoryPolicy(bool SingleParentFamilyInScope, bool AnnualSurveyIncludesRuralSingleParent,
    IReadOnlyList<string> GuardianshipAssessmentCategories);
