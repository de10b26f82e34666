namespace ChildProtection.Registry.Directory;

/// <summary>How well a reported name matches a registered one, among children with the same birth date and region.</summary>
public static class ChildMatching
{
    /// <summary>1.0 for the same name; 0.6 for the same surname and length (a mistyped given name); otherwise no match.</summary>
    public static (double Score, string Reason) Score(string reported, string registered)
    {
        if (string.Equals(reported, registered, StringComparison.Ordinal)) return (1.0, "name");
        if (reported.Length > 0 && registered.Length == reported.Length && registered[0] == reported[0]) return (0.6, "surname");
        return (0, "");
    }
}
