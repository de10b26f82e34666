namespace ChildProtection.ServiceDefaults.Privacy;

/// <summary>How sensitive fields are shown by default: enough to recognise, not enough to use.</summary>
public static class FieldMasks
{
    /// <summary>13812345678 → 138****5678; 022-12345678 → 022-****5678; anything shorter than 8 characters keeps only its last 2.</summary>
    public static string Phone(string phone)
    {
        var value = phone.Trim();
        if (value.Length < 8) return new string('*', Math.Max(0, value.Length - 2)) + value[Math.Max(0, value.Length - 2)..];
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        var head = dash is > 0 and < 6 ? dash + 1 : 3;
        return string.Concat(value.AsSpan(0, head), "****", value.AsSpan(value.Length - 4));
    }

    /// <summary>The first character and a star for each other one (王小明 → 王**; at least one star, at most six).</summary>
    public static string Name(string name)
    {
        var value = name.Trim();
        if (value.Length == 0) return "";
        var first = char.IsHighSurrogate(value[0]) && value.Length > 1 ? value[..2] : value[..1];
        return first + new string('*', Math.Clamp(value.Length - first.Length, 1, 6));
    }
}
