using System.Text.Json;

namespace ChildProtection.Registry.Children.Facts;

/// <summary>Enum values as the API's kebab-case codes ("working-away"), parsed strictly with the allowed list on failure.</summary>
public static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static IEnumerable<string> Allowed<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Of);

    /// <summary>Parses <paramref name="code"/>; on failure adds an error for <paramref name="field"/> naming the allowed codes.</summary>
    public static T? Parse<T>(string? code, string field, IDictionary<string, string[]> errors, bool required = true) where T : struct, Enum
    {
        if (code is null && !required) return null;
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(Of(value), code, StringComparison.Ordinal)) return value;
        errors[field] = [code is null
            ? $"Required: one of {string.Join(", ", Allowed<T>())}."
            : $"'{code}' is not one of: {string.Join(", ", Allowed<T>())}."];
        return null;
    }
}
