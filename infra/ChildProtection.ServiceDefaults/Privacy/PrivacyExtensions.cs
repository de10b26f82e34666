using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>Registers field encryption for a service that stores sensitive fields.</summary>
public static class PrivacyExtensions
{
    /// <summary><see cref="FieldProtector"/> with the key ring from <c>Privacy:*</c>, validated at start-up.</summary>
    public static IServiceCollection AddFieldProtection(this IServiceCollection services)
    {
        services.AddOptions<FieldProtectionOptions>().BindConfiguration(FieldProtectionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FieldProtectionOptions>, FieldProtectionOptionsValidator>());
        services.TryAddSingleton<FieldProtector>();
        return services;
    }
}
