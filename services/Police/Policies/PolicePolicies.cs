using ChildProtection.Jurisdictions;

namespace ChildProtection.Police.Policies;

/// <summary>A period in months and the pack clause it comes from.</summary>
public sealed record PolicyPeriod(int Months, string Source);

/// <summary>The police's rules that vary by place, from the jurisdiction policy packs.</summary>
public interface IPolicePolicies
{
    /// <summary>How many months a unit has to reply to a police recommendation (Minors Protection Law art. 114: 1).</summary>
    PolicyPeriod RecommendationReplyMonths(string regionCode);
}

/// <summary>The packs resolved by the longest prefix of the case's region code.</summary>
public sealed class PackPolicePolicies(PolicyPacks packs) : IPolicePolicies
{
    public PolicyPeriod RecommendationReplyMonths(string regionCode)
    {
        var policy = packs.Resolve(regionCode);
        var source = policy.Sources[PolicyPaths.PoliceRecommendationReplyMonths];
        return new PolicyPeriod(policy.Police.RecommendationReplyMonths, $"{source.PackId} v{source.PackVersion}: {source.Source}");
    }
}

public static class PolicePoliciesExtensions
{
    /// <summary>The policy packs (validated at start) behind the police's deadlines.</summary>
    public static IServiceCollection AddPolicePolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPolicyPacks(configuration);
        services.AddSingleton<IPolicePolicies, PackPolicePolicies>();
        return services;
    }
}
