using System.Globalization;

namespace ChildProtection.Registry.Http;

/// <summary>
/// Field checks shared by the roster's inputs. Each returns the clean value, or null after adding a
/// message under the field's camelCase name, so one request reports every invalid field at once.
/// </summary>
public static class InputFields
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

    /// <summary>A mainland mobile number (11 digits from 13…) or a landline with its area code (022-12345678).</summary>
    public static string? Phone(Dictionary<string, string[]> errors, string field, string? value)
    {
        var phone = value?.Trim();
        if (phone is not null && (PhonePattern.Mobile().IsMatch(phone) || PhonePattern.Landline().IsMatch(phone))) return phone;
        errors[field] = ["Phone must be an 11-digit mobile number or a landline with area code, e.g. 022-12345678."];
        return null;
    }

    /// <summary>A date in the form YYYY-MM-DD that is not after <paramref name="today"/>.</summary>
    public static DateOnly? PastDate(Dictionary<string, string[]> errors, string field, string? value, DateOnly today, string what)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors[field] = [$"{what} must be a date in the form YYYY-MM-DD."];
        else if (date > today) errors[field] = [$"{what} cannot be in the future."];
        else return date;
        return null;
    }

    /// <summary>A yes/no answer that must be given.</summary>
    public static bool? Required(Dictionary<string, string[]> errors, string field, bool? value, string what)
    {
        if (value is null) errors[field] = [$"{what} must be given as true or false."];
        return value;
    }

    /// <summary>A statistical region code of exactly the level's length, naming a unit of that level.</summary>
    public static string? Region(Dictionary<string, string[]> errors, string field, string? value, RegionLevel level)
    {
        if (RegionLevels.IsCode(value, level)) return value;
        errors[field] = [RegionLevels.Describe(level)];
        return null;
    }
}
