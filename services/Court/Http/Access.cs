using ChildProtection.ServiceDefaults;

namespace ChildProtection.Court.Http;

/// <summary>Who may act in this service: judges and court clerks of the court (region checked per record).</summary>
public static class Access
{
    /// <summary>书记员 court clerk: files applications received orally or in writing, records service.</summary>
    public const string CourtClerk = Roles.CourtClerk;

    public static readonly string[] Departments = [ServiceDefaults.Departments.Court];

    public static readonly string[] Staff = [Roles.Judge, CourtClerk];

    /// <summary>Endpoints for judges and court clerks; any other department or role gets 403.</summary>
    public static RouteGroupBuilder ForCourtStaff(this RouteGroupBuilder group) => group.RequireCaller(Departments, Staff);

    /// <summary>Decisions only a judge takes (a clerk gets 403).</summary>
    public static RouteHandlerBuilder ForJudges(this RouteHandlerBuilder endpoint) => endpoint.RequireCaller(Departments, [Roles.Judge]);
}
