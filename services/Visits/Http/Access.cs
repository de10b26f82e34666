using ChildProtection.ServiceDefaults;

namespace ChildProtection.Visits.Http;

/// <summary>
/// Who may use visits: civil affairs' child directors and caseworkers record and read the children of their region;
/// township supervisors read their township (their token's region). Everyone else gets 403.
/// </summary>
public static class Access
{
    private static readonly string[] CivilAffairs = [Departments.CivilAffairs];

    /// <summary>Child directors and caseworkers.</summary>
    public static TBuilder RequireRecorder<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCaller(CivilAffairs, [Roles.ChildDirector, Roles.Caseworker]);

    /// <summary>Child directors, caseworkers and supervisors.</summary>
    public static TBuilder RequireReader<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireCaller(CivilAffairs, [Roles.ChildDirector, Roles.Caseworker, Roles.Supervisor]);
}
