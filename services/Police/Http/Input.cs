using System.Globalization;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Police.Http;

/// <summary>
/// Field checks shared by the inputs. Each returns the clean value, or null after adding a message under the
/// field's camelCase name, so one request reports every invalid field at once.
/// </summary>
public static class Input
{
    /// <summary>Trimmed, non-empty text of at most <paramref name="max"/> characters.</summary>
    public static string? Text(Dictionary<string, string[]> errors, string field, string? value, int max, string what)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) errors[field] = [$"{what} is required."];
        else if (text.Length > max) errors[field] = [$"{what} must be at most {max} characters."];
        else return text;
        return null;
    }

    /// <summary>Optional text: null when absent, else at most <paramref name="max"/> characters.</summary>
    public static string? OptionalText(Dictionary<string, string[]> errors, string field, string? value, int max, string what)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length <= max) return text;
        errors[field] = [$"{what} must be at most {max} characters."];
        return null;
    }

    /// <summary>One of the allowed codes.</summary>
    public static string? Code(Dictionary<string, string[]> errors, string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is not null && allowed.Contains(value)) return value;
        errors[field] = [$"Must be one of: {string.Join(", ", allowed)}."];
        return null;
    }

    /// <summary>One or more of the allowed codes, without repeats.</summary>
    public static IReadOnlyList<string>? Codes(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? values,
        IReadOnlyCollection<string> allowed)
    {
        if (values is { Count: > 0 } && values.All(allowed.Contains) && values.Distinct().Count() == values.Count) return values;
        errors[field] = [$"Give one or more of: {string.Join(", ", allowed)} (no repeats)."];
        return null;
    }

    /// <summary>A region code of 6 (county) to 12 (village) digits.</summary>
    public static string? Region(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value is { Length: 6 or 9 or 12 } && RegionCodes.IsValidPrefix(value)) return value;
        errors[field] = ["The region is a statistical code of 6 (county), 9 (township) or 12 (village) digits."];
        return null;
    }

    /// <summary>A date in the form YYYY-MM-DD.</summary>
    public static DateOnly? Date(Dictionary<string, string[]> errors, string field, string? value, string what)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"{what} must be a date in the form YYYY-MM-DD."];
        return null;
    }

    /// <summary>A date not after today (China time).</summary>
    public static DateOnly? PastDate(Dictionary<string, string[]> errors, string field, string? value, DateOnly today, string what)
    {
        var date = Date(errors, field, value, what);
        if (date is null || date <= today) return date;
        errors[field] = [$"{what} cannot be in the future."];
        return null;
    }

    /// <summary>A date after today (China time).</summary>
    public static DateOnly? FutureDate(Dictionary<string, string[]> errors, string field, string? value, DateOnly today, string what)
    {
        var date = Date(errors, field, value, what);
        if (date is null || date > today) return date;
        errors[field] = [$"{what} must be after today."];
        return null;
    }

    /// <summary>A non-empty id.</summary>
    public static Guid? Id(Dictionary<string, string[]> errors, string field, Guid? value, string what)
    {
        if (value is { } id && id != Guid.Empty) return id;
        errors[field] = [$"{what} is required."];
        return null;
    }
}
