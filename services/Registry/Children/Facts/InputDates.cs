using System.Globalization;

namespace ChildProtection.Registry.Children.Facts;

/// <summary>Dates in requests: YYYY-MM-DD, not in the future unless it is an expected date, not before the child was born.</summary>
public static class InputDates
{
    public static DateOnly? Parse(string? value, string field, IDictionary<string, string[]> errors, DateOnly today,
        bool required = true, bool mayBeFuture = false)
    {
        if (value is null)
        {
            if (required) errors[field] = ["Required: a date in the form YYYY-MM-DD."];
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = ["Must be a date in the form YYYY-MM-DD."];
            return null;
        }
        if (!mayBeFuture && date > today)
        {
            errors[field] = ["Cannot be in the future."];
            return null;
        }
        return date;
    }

    /// <summary>Errors for dates that fall before the child's birth (a fact about the child cannot).</summary>
    public static Dictionary<string, string[]> NotBeforeBirth(Child child, params (string Field, DateOnly? Date)[] dates) =>
        dates.Where(d => d.Date is { } date && date < child.Details.BirthDate)
            .ToDictionary(d => d.Field, _ => new[] { "Cannot be before the child's birth date." });

    /// <summary>Required free text of at most <paramref name="max"/> characters, trimmed.</summary>
    public static string? Text(string? value, string field, IDictionary<string, string[]> errors, int max, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) errors[field] = ["Required."];
            return null;
        }
        if (text.Length > max) errors[field] = [$"At most {max} characters."];
        return text;
    }
}
