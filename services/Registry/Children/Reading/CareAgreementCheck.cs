using ChildProtection.Registry.Children.Categories;

namespace ChildProtection.Registry.Children.Reading;

/// <summary>One rule of the child's policy pack about written care agreements, and whether it applies to this child.</summary>
public sealed record CareAgreementRule(string Rule, bool Applies, string Source);

/// <summary>
/// Whether this child needs a written care agreement (委托照护协议) under the jurisdiction's pack, whether one is
/// signed, and so whether the file complies.
/// </summary>
public sealed record CareAgreementCheck(bool Required, bool Signed, bool Compliant, string PackId, IReadOnlyList<CareAgreementRule> Rules)
{
    public const string NotDirectRelativeRule = "care-agreement-when-carer-not-direct-relative";
    public const string AllRuralLeftBehindRule = "care-agreement-for-all-rural-left-behind";

    public static CareAgreementCheck For(Child child, RegistryPolicy policy)
    {
        var rules = new List<CareAgreementRule>();
        var carer = child.Carer;
        if (policy.CareAgreementWhenCarerNotDirectRelative)
            rules.Add(new CareAgreementRule(
                "A written care agreement is required when the delegated carer is not a direct relative.",
                carer is { DirectRelative: false }, policy.Sources.GetValueOrDefault(NotDirectRelativeRule, policy.PackId)));
        if (policy.CareAgreementForAllRuralLeftBehind)
            rules.Add(new CareAgreementRule(
                "Every rural left-behind child needs a signed care agreement (100%).",
                child.Categories.ContainsKey(CategoryCodes.RuralLeftBehind), policy.Sources.GetValueOrDefault(AllRuralLeftBehindRule, policy.PackId)));
        var required = rules.Any(r => r.Applies);
        var signed = carer?.Agreement.Signed == true;
        return new CareAgreementCheck(required, signed, !required || signed, policy.PackId, rules);
    }
}
