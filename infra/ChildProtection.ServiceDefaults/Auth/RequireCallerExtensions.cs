using Microsoft.AspNetCore.Builder;

namespace ChildProtection.ServiceDefaults;

/// <summary>Endpoint-level authorization by department and role.</summary>
public static class RequireCallerExtensions
{
    /// <summary>
    /// Requires a valid platform caller, limited to <paramref name="departments"/> and <paramref name="roles"/>
    /// when given: <c>group.RequireCaller(departments: [Departments.CivilAffairs], roles: [Roles.Caseworker])</c>.
    /// </summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder builder, string[]? departments = null, string[]? roles = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.Caller(departments, roles));
}
