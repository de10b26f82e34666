using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Regions;

/// <summary>The region a bulk read covers: the requested prefix within the caller's jurisdiction.</summary>
public static class RegionScope
{
    /// <summary>
    /// The narrower of the requested prefix and the caller's own (a county caseworker asking for the province gets the
    /// county; "" = every region, for callers who see all); null when the two do not overlap.
    /// </summary>
    public static string? Of(Caller caller, string? requested)
    {
        var own = caller.SeesAllRegions ? "" : caller.Region;
        var wanted = requested ?? "";
        if (wanted.StartsWith(own, StringComparison.Ordinal)) return wanted;
        return own.StartsWith(wanted, StringComparison.Ordinal) ? own : null;
    }
}
