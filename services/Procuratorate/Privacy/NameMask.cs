namespace ChildProtection.Procuratorate.Privacy;

/// <summary>
/// Guardians and units named in instruments are shown in full only on the instrument itself; lists show the
/// first character and stars (王**), so a list of cases cannot be read as a list of families.
/// </summary>
public static class NameMask
{
    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return "";
        var first = char.IsHighSurrogate(trimmed[0]) && trimmed.Length > 1 ? trimmed[..2] : trimmed[..1];
        return first + new string('*', Math.Max(1, Math.Min(trimmed.Length - first.Length, 6)));
    }

    public static string MaskAll(IEnumerable<string> names) => string.Join("、", names.Select(Mask));
}
