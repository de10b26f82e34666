using ChildProtection.Relief.Entitlements;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Relief.Decisions;

/// <summary>
/// The administrative level a decision step needs, read from the length of the caller's region: township verification by
/// civil affairs of a township (9 digits), county confirmation by civil affairs of a county (6 digits). Given to the command
/// step as its <c>access</c> rule: anyone else who sees the child gets 403.
/// </summary>
public static class ReliefLevels
{
    /// <summary>Region levels: a township's code has 9 digits, a county's 6.</summary>
    public const int Township = 9, County = 6;

    /// <summary>Township verification only.</summary>
    public static IResult? TownshipOnly(ChildRelief relief, Caller caller) =>
        At(caller, Township) ? null : Problems.Forbidden("Township verification is done by civil affairs of the child's township (a 9-digit region).");

    /// <summary>County confirmation only.</summary>
    public static IResult? CountyOnly(ChildRelief relief, Caller caller) =>
        At(caller, County) ? null : Problems.Forbidden("County confirmation is done by civil affairs of the child's county (a 6-digit region).");

    private static bool At(Caller caller, int level) => !caller.SeesAllRegions && caller.Region.Length == level;
}
