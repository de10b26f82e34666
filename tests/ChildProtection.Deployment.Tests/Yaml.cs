using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ChildProtection.Deployment.Tests;

/// <summary>
/// YAML as plain dictionaries, lists and strings (scalars stay untyped). Merge keys (<c>&lt;&lt;: *anchor</c>,
/// <c>&lt;&lt;: [*a, *b]</c>) are resolved as Docker Compose resolves them.
/// </summary>
public static class Yaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <summary>Every document of a (multi-document) YAML text; throws on a syntax error.</summary>
    public static IReadOnlyList<object?> Documents(string text)
    {
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var documents = new List<object?>();
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (!parser.Accept<YamlDotNet.Core.Events.StreamEnd>(out _))
        {
            documents.Add(Deserializer.Deserialize(parser));
        }
        return documents;
    }

    public static Dictionary<object, object?> Single(string text) =>
        Documents(text) is [Dictionary<object, object?> map] ? map : throw new InvalidDataException("expected one mapping document");

    /// <summary>The mapping at <paramref name="path"/> (keys separated by '/'), or null when absent.</summary>
    public static Dictionary<object, object?>? Map(this object? node, string path = "") =>
        At(node, path) as Dictionary<object, object?>;

    public static List<object?>? Seq(this object? node, string path = "") => At(node, path) as List<object?>;

    public static string? Str(this object? node, string path = "") => At(node, path) as string;

    private static object? At(object? node, string path)
    {
        foreach (var key in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is not Dictionary<object, object?> map || !map.TryGetValue(key, out node))
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>A mapping's entries as strings (an environment block, a ConfigMap's data).</summary>
    public static Dictionary<string, string> Strings(this Dictionary<object, object?>? map) =>
        map is null ? [] : map.ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
}
