using ChildProtection.ServiceDefaults.Privacy;

namespace ChildProtection.Registry.Privacy;

public static class PrivacyExtensions
{
    /// <summary>ID-number and phone protection with the key ring from <c>Privacy:*</c>, validated at start-up.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddFieldProtection();
        services.AddSingleton<NationalIdProtector>();
        services.AddSingleton<StaffPhones>();
        services.AddSingleton<HomeAddresses>();
        return services;
    }
}
