using System.Text.Json;

namespace ChildProtection.Fuzzing.Tests.OpenApi;

/// <summary>One operation of a service's OpenAPI document: what the fuzzer varies.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, ApiBody? Body)
{
    public string Key => $"{Method} {Path}";

    public bool IsRead => Method is "GET" or "HEAD";

    /// <summary>A write with nothing to send (an operator's "run the scan now"): there is no input to refuse.</summary>
    public bool TakesInput => Body is not null || Parameters.Any(p => p.In is "path" or "query");
}

/// <summary>A path, query or header parameter with its schema.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, Schema Schema);

/// <summary>The request body: its declared content type and schema (<see cref="Schema.Any"/> when undeclared).</summary>
public sealed record ApiBody(string ContentType, Schema Schema, bool Required)
{
    public bool IsJson => ContentType.Contains("json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A JSON schema node with its <c>$ref</c>s resolved against the document's components.</summary>
public sealed class Schema
{
    private readonly JsonElement _node;
    private readonly JsonElement _components;

    public Schema(JsonElement node, JsonElement components)
    {
        _components = components;
        _node = Resolve(node);
    }

    public static Schema Any { get; } = new(JsonDocument.Parse("{}").RootElement, JsonDocument.Parse("{}").RootElement);

    /// <summary>object, array, string, integer, number, boolean, or null when the schema does not say.</summary>
    public string? Type
    {
        get
        {
            if (_node.TryGetProperty("type", out var type))
            {
                if (type.ValueKind == JsonValueKind.String) return type.GetString();
                if (type.ValueKind == JsonValueKind.Array)
                {
                    return type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null");
                }
            }
            if (_node.TryGetProperty("properties", out _)) return "object";
            return Branch()?.Type;
        }
    }

    public string? Format => Own("format") ?? Branch()?.Format;

    public IReadOnlyList<string> Enum =>
        Node("enum") is { ValueKind: JsonValueKind.Array } values
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : Branch()?.Enum ?? [];

    public IReadOnlyList<(string Name, Schema Schema)> Properties =>
        Node("properties") is { ValueKind: JsonValueKind.Object } props
            ? [.. props.EnumerateObject().Select(p => (p.Name, new Schema(p.Value, _components)))]
            : Branch()?.Properties ?? [];

    public IReadOnlySet<string> Required =>
        Node("required") is { ValueKind: JsonValueKind.Array } names
            ? names.EnumerateArray().Select(n => n.GetString()!).ToHashSet()
            : Branch()?.Required ?? new HashSet<string>();

    public Schema? Items => Node("items") is { ValueKind: JsonValueKind.Object } items ? new Schema(items, _components) : Branch()?.Items;

    private string? Own(string name) => Node(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private JsonElement? Node(string name) => _node.ValueKind == JsonValueKind.Object && _node.TryGetProperty(name, out var value) ? value : null;

    // Nullable and polymorphic members come as oneOf/anyOf/allOf; the first non-null branch stands for them.
    private Schema? Branch()
    {
        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (Node(keyword) is { ValueKind: JsonValueKind.Array } branches)
            {
                foreach (var branch in branches.EnumerateArray())
                {
                    var schema = new Schema(branch, _components);
                    if (schema.Type is not null and not "null") return schema;
                }
            }
        }
        return null;
    }

    private JsonElement Resolve(JsonElement node)
    {
        for (var hops = 0; hops < 16 && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference); hops++)
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (_components.ValueKind != JsonValueKind.Object || !_components.TryGetProperty(name, out node)) return default;
        }
        return node;
    }
}
