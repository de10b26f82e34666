using System.Globalization;

namespace ChildProtection.Registry.Privacy;

/// <summary>
/// The 18-digit citizen identity number of GB 11643-1999: 6-digit region of registration, 8-digit birth date,
/// 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
public static class NationalIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Upper-cases a trailing x and strips spaces; null stays null.</summary>
    public static string? Normalize(string? value) => value?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Null when valid; otherwise why not (without echoing the number).</summary>
    public static string? Validate(string normalized)
    {
        if (normalized.Length != 18) return "The national ID number must have 18 characters.";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(normalized[i])) return "The first 17 characters of the national ID number must be digits.";
        if (!char.IsAsciiDigit(normalized[17]) && normalized[17] != 'X') return "The last character of the national ID number must be a digit or X.";
        if (BirthDate(normalized) is null) return "The national ID number does not contain a valid birth date.";
        return CheckCharacter(normalized) == normalized[17] ? null : "The national ID number's check digit is wrong (GB 11643); please check it for a typing error.";
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    /// <summary>The birth date encoded in positions 7–14, or null.</summary>
    public static DateOnly? BirthDate(string normalized) =>
        DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>True for an odd sequence digit (male).</summary>
    public static bool IsMale(string normalized) => (normalized[16] - '0') % 2 == 1;

    /// <summary>1201**********123X: the province and city, the last four; the birth date hidden.</summary>
    public static string Mask(string normalized) => string.Concat(normalized.AsSpan(0, 4), new string('*', 10), normalized.AsSpan(14));
}
