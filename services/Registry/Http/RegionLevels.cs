namespace ChildProtection.Registry.Http;

/// <summary>The levels of the 12-digit statistical region code that the roster works with.</summary>
public enum RegionLevel
{
    /// <summary>County or district (区县), 6 digits.</summary>
    County = 6,
    /// <summary>Township or street (乡镇街道), 9 digits.</summary>
    Township = 9,
    /// <summary>Village or residents' community (村居), 12 digits.</summary>
    Village = 12,
}

/// <summary>Checks that a code names a unit of one level.</summary>
public static class RegionLevels
{
    /// <summary>
    /// True for exactly the level's digits whose own part is not zero: <c>120116100000</c> is the township
    /// itself, not one of its villages, and <c>120100</c> is a city's district list, not a county.
    /// </summary>
    public static bool IsCode(string? code, RegionLevel level)
    {
        var length = (int)level;
        if (code is null || code.Length != length || !code.All(char.IsAsciiDigit)) return false;
        var own = level == RegionLevel.County ? code[4..] : code[(length - 3)..];
        return own.Any(c => c != '0');
    }

    /// <summary>The message for a code that is not of the level.</summary>
    public static string Describe(RegionLevel level) => level switch
    {
        RegionLevel.County => "County code must be the 6-digit statistical code of a county or district.",
        RegionLevel.Township => "Township code must be the 9-digit statistical code of a township or street.",
        _ => "Village code must be the 12-digit statistical code of a village or community.",
    };
}
