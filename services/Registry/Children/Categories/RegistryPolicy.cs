namespace ChildProtection.Registry.Children.Categories;

/// <summary>What the registry takes from the jurisdiction's policy pack for one child's region.</summary>
/// <param name="SingleParentFamilyInScope">Single-parent-family children are a category here (Shanxi, Liaoning, Baotou).</param>
/// <param name="CareAgreementWhenCarerNotDirectRelative">A written care agreement is required when the carer is not a direct relative (Liaoning).</param>
/// <param name="CareAgreementForAllRuralLeftBehind">Every rural left-behind child needs a signed care agreement (Baotou: 100%).</param>
/// <param name="AssessmentRequiredFor">Categories whose children need a yearly guardianship assessment (Baotou: orphans, de-facto unsupported, left-behind); children in temporary state guardianship always do.</param>
/// <param name="PackId">The pack that decided, for the record.</param>
/// <param name="Sources">Where each value came from, by name (pack id and the official clause).</param>
public sealed record RegistryPolicy(
    bool SingleParentFamilyInScope,
    bool CareAgreementWhenCarerNotDirectRelative,
    bool CareAgreementForAllRuralLeftBehind,
    IReadOnlyList<string> AssessmentRequiredFor,
    string PackId,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>The national defaults: no single-parent category, no written agreement required.</summary>
    public static RegistryPolicy National { get; } = new(false, false, false, [], "national", new Dictionary<string, string>());
}

/// <summary>Resolves the registry's policy for a region code (backed by the jurisdiction policy packs).</summary>
public interface IRegistryPolicies
{
    RegistryPolicy For(string regionCode);
}
