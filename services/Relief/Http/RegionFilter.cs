using ChildProtection.ServiceDefaults;

namespace ChildProtection.Relief.Http;

/// <summary>
/// A region-scoped read: a row is shown when its region code starts with both the caller's jurisdiction
/// (<see cref="Own"/>, empty for all regions) and the requested prefix.
/// </summary>
public sealed record RegionFilter(string Own, string Requested)
{
    /// <summary>The longer of the two prefixes, or null when they exclude each other (nothing to show).</summary>
    public string? Prefix =>
        Requested.StartsWith(Own, StringComparison.Ordinal) ? Requested
        : Own.StartsWith(Requested, StringComparison.Ordinal) ? Own
        : null;

    /// <summary>Reads an optional <c>?region=</c>; null plus the 400 to answer when it is malformed.</summary>
    public static (RegionFilter? Filter, IResult? Problem) From(Caller caller, string? region)
    {
        if (region is not null && !RegionCodes.IsValidPrefix(region))
            return (null, Problems.Validation("region", "Region must be a prefix of 2 to 12 digits of a statistical region code."));
        return (new RegionFilter(caller.SeesAllRegions ? "" : caller.Region, region ?? ""), null);
    }
}
