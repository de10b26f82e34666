namespace ChildProtection.Fuzzing.Tests.Generation;

/// <summary>The values the fuzzer puts where a parameter or a property goes.</summary>
public static class HostileValues
{
    /// <summary>10 kB: longer than any field the platform stores, shorter than any body limit.</summary>
    public static readonly string Overlong = new('A', 10 * 1024);

    /// <summary>Strings for any text slot: injection, traversal, NUL, overlong, bidi overrides, emoji.</summary>
    public static readonly IReadOnlyList<(string Case, string Value)> Strings =
    [
        ("sql-injection", "' OR 1=1 --"),
        ("script", "<script>alert(1)</script>"),
        ("traversal", "../../etc/passwd"),
        ("percent-nul", "%00"),
        ("nul", "a\0b"),
        ("overlong", Overlong),
        ("rtl-override", "\u202Eabc\u202C\u05D0\u0627"),
        ("emoji", "👶🏽👨‍👩‍👧‍👦"),
        ("empty", ""),
        ("whitespace", "  \t "),
        ("template", "{{7*7}}${7*7}"),
        ("format-string", "%s%n%x"),
    ];

    /// <summary>Numbers as text: negative, zero, beyond Int64, fractional, not a number.</summary>
    public static readonly IReadOnlyList<(string Case, string Value)> Numbers =
    [
        ("negative", "-1"),
        ("zero", "0"),
        ("huge", "99999999999999999999999"),
        ("fraction", "1.5"),
        ("exponent", "1e309"),
        ("nan", "NaN"),
    ];

    /// <summary>A path or query value: every string and number above, as text.</summary>
    public static IEnumerable<(string Case, string Value)> ForText() => Strings.Concat(Numbers);
}
