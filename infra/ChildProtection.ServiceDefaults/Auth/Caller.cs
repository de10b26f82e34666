using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using ChildProtection.ServiceDefaults.EventSourcing;

namespace ChildProtection.ServiceDefaults;

/// <summary>The authenticated person behind a request, as the platform's token describes them.</summary>
/// <param name="User">The subject id (<c>sub</c>).</param>
/// <param name="Department">One of <see cref="Departments"/>.</param>
/// <param name="Role">The role, e.g. <see cref="Roles.Caseworker"/>.</param>
/// <param name="Region">A region-code prefix of 2–12 digits, or <see cref="RegionCodes.All"/>.</param>
public sealed record Caller(string User, string Department, string Role, string Region)
{
    /// <summary>True when the caller sees every region.</summary>
    public bool SeesAllRegions => Region == RegionCodes.All;

    /// <summary>
    /// True when a record in <paramref name="regionCode"/> is within the caller's jurisdiction: a district's
    /// caseworker (<c>120116</c>) sees <c>120116001002</c> but not <c>120101…</c>.
    /// </summary>
    public bool CanSee(string? regionCode) =>
        !string.IsNullOrEmpty(regionCode) && (SeesAllRegions || regionCode.StartsWith(Region, StringComparison.Ordinal));

    /// <summary>The actor recorded in event metadata.</summary>
    public Actor ToActor() => new(User, Department, Role, Region);

    /// <summary>The caller of an authorized request; throws when the principal is not a valid platform caller.</summary>
    public static Caller From(ClaimsPrincipal user) =>
        TryFrom(user, out var caller)
            ? caller
            : throw new InvalidOperationException(
                "The request has no valid platform caller (claims sub, department, role, region). Require authorization on the endpoint.");

    /// <summary>
    /// Reads the caller from an authenticated principal. Fails when a claim is missing, the department is
    /// unknown, or the region is neither a 2–12 digit prefix nor <c>*</c> held by the platform department.
    /// </summary>
    public static bool TryFrom(ClaimsPrincipal? user, [NotNullWhen(true)] out Caller? caller)
    {
        caller = null;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var sub = user.FindFirst(PlatformClaims.Subject)?.Value;
        var department = user.FindFirst(PlatformClaims.Department)?.Value;
        var role = user.FindFirst(PlatformClaims.Role)?.Value;
        var region = user.FindFirst(PlatformClaims.Region)?.Value;
        if (string.IsNullOrWhiteSpace(sub) || !Departments.IsKnown(department) || string.IsNullOrWhiteSpace(role)
            || sub.Any(char.IsControl) || role.Any(char.IsControl))
        {
            return false;
        }

        // Every region is the platform's alone: an operator of another department (with a real identity provider) would
        // otherwise see every child of the country.
        var regionAllowed = RegionCodes.IsValidPrefix(region) || (region == RegionCodes.All && department == Departments.Platform);
        if (!regionAllowed)
        {
            return false;
        }

        caller = new Caller(sub, department!, role, region!);
        return true;
    }
}
