using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChildProtection.Jurisdictions;

/// <summary>Registers <see cref="PolicyPacks"/>.</summary>
public static class PolicyPacksExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyPacks"/> as a singleton loaded from the embedded packs and the optional
    /// <c>Policies:Directory</c> of <paramref name="configuration"/>. The packs are loaded and validated
    /// when the host starts, before any hosted service: a bad pack makes <c>StartAsync</c>/<c>Run</c>
    /// throw the <see cref="PolicyPackException"/> naming the file and field.
    /// </summary>
    public static IServiceCollection AddPolicyPacks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read at resolution, not here: test hosts add configuration after Program registers services.
        services.TryAddSingleton(_ => PolicyPacks.Load(configuration[PolicyPacks.DirectoryKey]));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PolicyPacksStartupCheck>());
        return services;
    }
}
