using System.Security.Claims;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Web.Account;

/// <summary>The signed-in person as the platform's token names them: department, role and region prefix.</summary>
public sealed record ConsoleUser(string Subject, string Department, string Role, string Region)
{
    /// <summary>The claim naming the server-side session that holds the user's token.</summary>
    public const string SessionClaim = "cp_session";

    public static ConsoleUser? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        string? Get(string type) => principal.FindFirst(type)?.Value;
        return Get(PlatformClaims.Subject) is { } sub && Get(PlatformClaims.Department) is { } department
            && Get(PlatformClaims.Role) is { } role && Get(PlatformClaims.Region) is { } region
            ? new ConsoleUser(sub, department, role, region)
            : null;
    }

    public bool Is(string department, params string[] roles) =>
        Department == department && (roles.Length == 0 || roles.Contains(Role, StringComparer.Ordinal));

    public bool IsCivilAffairs => Department == Departments.CivilAffairs;

    /// <summary>A village child director (儿童主任): the phone screens.</summary>
    public bool IsChildDirector => Is(Departments.CivilAffairs, Roles.ChildDirector);

    /// <summary>Township supervisor or county caseworker: the region's children and duties.</summary>
    public bool IsCaseworkerOrSupervisor => Is(Departments.CivilAffairs, Roles.Caseworker, Roles.Supervisor);

    public bool IsReliefOfficer => Is(Departments.CivilAffairs, Roles.ReliefOfficer);

    public bool IsPoliceOfficer => Is(Departments.Police, Roles.Officer);

    public bool IsProsecutor => Is(Departments.Procuratorate, Roles.Prosecutor);

    public bool IsCourtStaff => Is(Departments.Court, Roles.Judge, Roles.CourtClerk);

    public bool IsJudge => Is(Departments.Court, Roles.Judge);

    public bool IsAuditor => Role == Roles.Auditor;

    /// <summary>Departments whose staff work a mandatory-report inbox (officers, caseworkers, supervisors).</summary>
    public string? InboxDepartment =>
        (Department, Role) switch
        {
            (Departments.Police, Roles.Officer) => Departments.Police,
            (Departments.CivilAffairs, Roles.Caseworker or Roles.Supervisor) => Departments.CivilAffairs,
            (Departments.Education, Roles.Caseworker or Roles.Supervisor) => Departments.Education,
            _ => null,
        };

    /// <summary>Staff of a unit that must report (schools, hospitals, village committees, …): they file and follow reports.</summary>
    public bool IsReportingUnit => InboxDepartment is null && !IsChildDirector && !IsReliefOfficer && !IsProsecutor
        && !IsCourtStaff && !IsAuditor && Department != Departments.Platform;

    /// <summary>County (6 digits), township (9) or village (12) of the token's region; null for a province or city.</summary>
    public int RegionLength => Region == RegionCodes.All ? 0 : Region.Length;

    public bool IsTownship => RegionLength == 9;

    public bool IsCounty => RegionLength == 6;

    /// <summary>The 6-digit county the user works in, when their region is a county or finer.</summary>
    public string? County => RegionLength >= 6 ? Region[..6] : null;
}
