using ChildProtection.Registry.Children.Categories;
using ChildProtection.Registry.Children.Reading;
using ChildProtection.Registry.Coverage;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Registry.Policies;

/// <summary>The registry's view of the jurisdiction policy packs (resolved by the longest prefix of the region code).</summary>
public sealed class PackRegistryPolicies(PolicyPacks packs) : IRegistryPolicies, IStaffingThreshold
{
    public RegistryPolicy For(string regionCode)
    {
        var policy = packs.Resolve(regionCode);
        return new RegistryPolicy(
            policy.Categories.SingleParentFamilyInScope,
            policy.CareAgreement.RequiredWhenCarerNotDirectRelative,
            policy.CareAgreement.RequiredForAllRuralLeftBehind,
            policy.Categories.GuardianshipAssessmentCategories,
            policy.Packs[0],
            new Dictionary<string, string>
            {
                [CareAgreementCheck.NotDirectRelativeRule] = Cite(policy, PolicyPaths.CareAgreementRequiredWhenCarerNotDirectRelative),
                [CareAgreementCheck.AllRuralLeftBehindRule] = Cite(policy, PolicyPaths.CareAgreementRequiredForAllRuralLeftBehind),
                [PolicyPaths.SingleParentFamilyInScope] = Cite(policy, PolicyPaths.SingleParentFamilyInScope),
            });
    }

    /// <summary>More than this many target children in a village call for a second director (all five local plans: 30).</summary>
    int IStaffingThreshold.For(string regionCode) => packs.Resolve(regionCode).Directors.AdditionalDirectorsWhenTargetChildrenExceed;

    private static string Cite(EffectivePolicy policy, string path) =>
        policy.Sources[path] is var s ? $"{s.PackId} v{s.PackVersion}: {s.Source}" : "";
}

public static class RegistryPoliciesExtensions
{
    /// <summary>The policy packs (validated at start: a bad pack stops the service) behind the registry's rules.</summary>
    public static IServiceCollection AddRegistryPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPolicyPacks(configuration);
        services.AddSingleton<PackRegistryPolicies>();
        services.AddSingleton<IRegistryPolicies>(sp => sp.GetRequiredService<PackRegistryPolicies>());
        services.AddSingleton<IStaffingThreshold>(sp => sp.GetRequiredService<PackRegistryPolicies>());
        return services;
    }
}
