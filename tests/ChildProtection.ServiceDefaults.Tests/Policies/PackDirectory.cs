namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

/// <summary>A temporary <c>Policies:Directory</c> holding override pack files; deleted on dispose.</summary>
internal sealed class PackDirectory : IDisposable
{
    public PackDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cp-policy-packs-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="json"/> as <paramref name="fileName"/>; returns the directory for chaining.</summary>
    public PackDirectory With(string fileName, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), json);
        return this;
    }

    /// <summary>A minimal valid pack with <paramref name="sections"/> (JSON members, e.g. <c>"visits": {…}</c>) after its identity.</summary>
    public static string Pack(string id, string regionPrefix, string sections = "", int version = 2) => $$"""
        {
          // test pack
          "id": "{{id}}",
          "version": {{version}},
          "regionPrefix": "{{regionPrefix}}",
          "name": "test {{id}}",
          "source": "test"{{(sections.Length > 0 ? ",\n" + sections : "")}}
        }
        """;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
