using ChildProtection.Registry.Children.Categories;

namespace ChildProtection.Registry.Policies;

/// <summary>The registry's view of the jurisdiction policy packs.</summary>
public sealed class PackRegistryPolicies : IRegistryPolicies
{
    public RegistryPolicy For(string regionCode) => RegistryPolicy.National;
}

public static class RegistryPoliciesExtensions
{
    public static IServiceCollection AddRegistryPolicies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IRegistryPolicies, PackRegistryPolicies>();
        return services;
    }
}
