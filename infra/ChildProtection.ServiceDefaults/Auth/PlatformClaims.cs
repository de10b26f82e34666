namespace ChildProtection.ServiceDefaults;

/// <summary>The claim names in platform tokens, kept as issued (inbound claim mapping is off).</summary>
public static class PlatformClaims
{
    /// <summary>The user id.</summary>
    public const string Subject = "sub";

    /// <summary>The display name (optional; never needed for a decision).</summary>
    public const string Name = "name";

    /// <summary>One of <see cref="Departments"/>.</summary>
    public const string Department = "department";

    /// <summary>The role within the department, e.g. <see cref="Roles.Caseworker"/>.</summary>
    public const string Role = "role";

    /// <summary>The region-code prefix the caller may see (2–12 digits), or <c>*</c> for all.</summary>
    public const string Region = "region";

    /// <summary>The claims the platform reads and records; none may hold a control character.</summary>
    public static readonly IReadOnlySet<string> Checked = new HashSet<string>(StringComparer.Ordinal) { Subject, Name, Department, Role, Region };
}
