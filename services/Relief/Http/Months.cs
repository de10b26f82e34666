using System.Globalization;

namespace ChildProtection.Relief.Http;

/// <summary>Months on the wire as <c>YYYY-MM</c>, between 1900-01 and 2199-12 (the ledger counts months one by one).</summary>
public static class Months
{
    private static readonly DateOnly First = new(1900, 1, 1), Last = new(2199, 12, 1);

    public static DateOnly? Parse(Dictionary<string, string[]> errors, string field, string? value, bool required)
    {
        if (value is null && !required) return null;
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month >= First && month <= Last) return month;
        errors[field] = ["A month in the form YYYY-MM between 1900-01 and 2199-12 is required."];
        return null;
    }

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
