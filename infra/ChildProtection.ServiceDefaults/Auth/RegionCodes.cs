namespace ChildProtection.ServiceDefaults;

/// <summary>
/// The 12-digit statistical region code (province 2 digits, city 4, county 6, township 9, village 12)
/// and the prefixes that scope what a caller may see.
/// </summary>
public static class RegionCodes
{
    /// <summary>The region claim value that sees every region (the platform department only).</summary>
    public const string All = "*";

    /// <summary>True for 2–12 ASCII digits.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        prefix is { Length: >= 2 and <= 12 } && prefix.All(char.IsAsciiDigit);
}
