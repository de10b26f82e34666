namespace ChildProtection.Police.Http;

/// <summary>Names of guardians and parties: stored in the instrument, masked in list views, never logged.</summary>
public static class Names
{
    /// <summary>The first character and a star for each other one: 张三丰 → 张**.</summary>
    public static string Mask(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));
}
