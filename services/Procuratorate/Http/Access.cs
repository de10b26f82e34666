using ChildProtection.ServiceDefaults;

namespace ChildProtection.Procuratorate.Http;

/// <summary>Who may act in this service: prosecutors of the procuratorate (region checked per record).</summary>
public static class Access
{
    public static readonly string[] Departments = [ServiceDefaults.Departments.Procuratorate];

    public static readonly string[] Roles = [ServiceDefaults.Roles.Prosecutor];

    /// <summary>Endpoints only a prosecutor may call; any other department or role gets 403.</summary>
    public static RouteGroupBuilder ForProsecutors(this RouteGroupBuilder group) => group.RequireCaller(Departments, Roles);
}
