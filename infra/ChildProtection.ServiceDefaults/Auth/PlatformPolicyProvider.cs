using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Builds the policies named by <see cref="Policies.Department"/> and <see cref="Policies.Role"/> on
/// demand, so services need not register one policy per combination.
/// </summary>
internal sealed class PlatformPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Policies.DepartmentPrefix, StringComparison.Ordinal))
        {
            return Policies.Caller(departments: Split(policyName, Policies.DepartmentPrefix));
        }
        if (policyName.StartsWith(Policies.RolePrefix, StringComparison.Ordinal))
        {
            return Policies.Caller(roles: Split(policyName, Policies.RolePrefix));
        }
        return await base.GetPolicyAsync(policyName);
    }

    private static string[] Split(string name, string prefix) =>
        name[prefix.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
