namespace ChildProtection.Registry.Csv;

/// <summary>Reading cells the way spreadsheets and ledgers write them.</summary>
public static class CsvCells
{
    private static readonly string[] True = ["true", "yes", "y", "1", "是"];
    private static readonly string[] False = ["false", "no", "n", "0", "否"];

    /// <summary>
    /// A yes/no cell: true/false, yes/no, y/n, 1/0 or 是/否 (case-insensitive); null when empty. An unreadable value
    /// adds an error for <paramref name="column"/>.
    /// </summary>
    public static bool? Boolean(string? value, string column, IDictionary<string, string[]> errors)
    {
        if (value is null) return null;
        if (True.Contains(value, StringComparer.OrdinalIgnoreCase)) return true;
        if (False.Contains(value, StringComparer.OrdinalIgnoreCase)) return false;
        errors[column] = ["Must be true or false (also accepted: yes/no, 1/0, 是/否)."];
        return null;
    }

    /// <summary>A whole number, or null when empty or not a number (the domain validator then names the field).</summary>
    public static int? Integer(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A semicolon-separated list (full-width ；too), trimmed, without empty items.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        value is null ? [] : value.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
