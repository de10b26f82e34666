using ChildProtection.ServiceDefaults;

namespace ChildProtection.Gateway.DevTokens;

/// <summary>The body of <c>POST /api/dev/token</c>.</summary>
/// <param name="User">The subject id to issue for.</param>
/// <param name="Department">One of the platform's departments.</param>
/// <param name="Role">The role, e.g. <c>caseworker</c>.</param>
/// <param name="Region">A region-code prefix of 2–12 digits; <c>*</c> only for department <c>platform</c>.</param>
/// <param name="LifetimeMinutes">1–1440; default 480 (a working day).</param>
public sealed record DevTokenRequest(string? User, string? Department, string? Role, string? Region, int? LifetimeMinutes)
{
    /// <summary>The lifetime when none is asked for.</summary>
    public const int DefaultLifetimeMinutes = 480;

    /// <summary>Field errors, empty when the request is valid.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(User) || User.Length > 64 || User.Any(char.IsControl))
        {
            errors["user"] = ["Required, at most 64 characters, no control characters."];
        }
        if (!Departments.IsKnown(Department))
        {
            errors["department"] = [$"One of: {string.Join(", ", Departments.All.Order(StringComparer.Ordinal))}."];
        }
        if (string.IsNullOrWhiteSpace(Role) || Role.Length > 64 || Role.Any(char.IsControl))
        {
            errors["role"] = ["Required, at most 64 characters, no control characters."];
        }
        if (!RegionCodes.IsValidPrefix(Region) && !(Region == RegionCodes.All && Department == Departments.Platform))
        {
            errors["region"] = ["A region-code prefix of 2–12 digits ('*' only for department 'platform')."];
        }
        if (LifetimeMinutes is < 1 or > 1440)
        {
            errors["lifetimeMinutes"] = ["Between 1 and 1440."];
        }
        return errors;
    }
}

/// <summary>The answer of <c>POST /api/dev/token</c>.</summary>
/// <param name="Token">The signed JWT, for <c>Authorization: Bearer …</c>.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt);
