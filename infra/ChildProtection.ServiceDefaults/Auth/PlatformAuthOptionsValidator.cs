using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults;

/// <summary>Stops the process at startup, naming the missing setting, instead of failing every request later.</summary>
internal sealed class PlatformAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<PlatformAuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, PlatformAuthOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Audience is required.");
        }

        if (options.Mode == PlatformAuthMode.Development)
        {
            if (options.SigningKeyBytes() is not { } key)
            {
                failures.Add("Auth:SigningKey (base64) is required when Auth:Mode is Development.");
            }
            else if (key.Length < MinimumKeyBytes)
            {
                failures.Add($"Auth:SigningKey must decode to at least {MinimumKeyBytes} bytes (it has {key.Length}).");
            }
            if (string.IsNullOrWhiteSpace(options.Issuer))
            {
                failures.Add("Auth:Issuer is required when Auth:Mode is Development.");
            }
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
        {
            failures.Add("Auth:Authority (an absolute URL) is required when Auth:Mode is Oidc.");
        }
        else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Auth:Authority must be https (or set Auth:RequireHttpsMetadata=false in a lab).");
        }

        // The development issuer mints any caller: a switch left on in production must stop the process, not be ignored.
        if (options.DevTokens.Enabled && (options.Mode != PlatformAuthMode.Development || !environment.IsDevelopment()))
        {
            failures.Add($"Auth:DevTokens:Enabled=true is allowed only with Auth:Mode=Development in the Development environment "
                + $"(this process: Auth:Mode={options.Mode}, environment {environment.EnvironmentName}); remove the setting.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
