using System.Globalization;

namespace ChildProtection.Relief.Http;

/// <summary>Months on the wire as <c>YYYY-MM</c>.</summary>
public static class Months
{
    public static DateOnly? Parse(Dictionary<string, string[]> errors, string field, string? value, bool required)
    {
        if (value is null && !required) return null;
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        errors[field] = ["A month in the form YYYY-MM is required."];
        return null;
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
