using Microsoft.Extensions.Options;

namespace ChildProtection.Registry.Privacy;

public static class PrivacyExtensions
{
    /// <summary>ID-number protection with keys from <c>Privacy:*</c>, validated at start-up.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration("Privacy").ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<NationalIdProtector>();
        return services;
    }
}
