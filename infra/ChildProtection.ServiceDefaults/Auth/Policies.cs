using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Authorization policies by name, for <c>.RequireAuthorization(Policies.Department("civil-affairs", "police"))</c>
/// and for YARP routes. Every policy first requires a valid <see cref="Caller"/>.
/// </summary>
public static class Policies
{
    /// <summary>The default policy's name (YARP's convention): any valid platform caller.</summary>
    public const string Default = "default";

    internal const string DepartmentPrefix = "cp.department:";
    internal const string RolePrefix = "cp.role:";

    /// <summary>A policy name admitting callers of any of <paramref name="departments"/>.</summary>
    public static string Department(params string[] departments) => DepartmentPrefix + string.Join(',', departments);

    /// <summary>A policy name admitting callers with any of <paramref name="roles"/>.</summary>
    public static string Role(params string[] roles) => RolePrefix + string.Join(',', roles);

    /// <summary>
    /// A policy admitting valid callers, further limited to the given departments and roles when given
    /// (both must match when both are given).
    /// </summary>
    public static AuthorizationPolicy Caller(IEnumerable<string>? departments = null, IEnumerable<string>? roles = null)
    {
        var policy = new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => ServiceDefaults.Caller.TryFrom(context.User, out _));
        if (departments?.ToArray() is { Length: > 0 } allowedDepartments)
        {
            policy.RequireClaim(PlatformClaims.Department, allowedDepartments);
        }
        if (roles?.ToArray() is { Length: > 0 } allowedRoles)
        {
            policy.RequireClaim(PlatformClaims.Role, allowedRoles);
        }
        return policy.Build();
    }
}
