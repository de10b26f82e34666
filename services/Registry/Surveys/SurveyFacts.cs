using ChildProtection.Registry.Children;
using ChildProtection.Registry.Children.Facts;

namespace ChildProtection.Registry.Surveys;

/// <summary>
/// What one survey row states about a child, validated by the same rules as the API. A fact the row leaves empty
/// (null, or no risk factors) is not stated: the import never clears what the file already holds.
/// </summary>
public sealed record SurveyFacts(ValidatedIdentity Identity, ParentSituation? Father, ParentSituation? Mother, DelegatedCarer? Carer,
    IReadOnlyList<RiskFactor> RiskFactors);
