using System.Text.Json.Nodes;
using ChildProtection.Fuzzing.Tests.OpenApi;

namespace ChildProtection.Fuzzing.Tests.Generation;

/// <summary>
/// A plausible value for a schema: the right JSON types, but placeholder text ("fuzz"), a fixed unknown id and an
/// old date, so a request built from it is well-typed yet never a complete valid command that could store something.
/// </summary>
public static class Samples
{
    /// <summary>An id no service knows: fuzzed ids must answer 404, never create.</summary>
    public static readonly Guid UnknownId = new("0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f");

    public static JsonNode? For(Schema schema, int depth = 0)
    {
        if (schema.Enum.Count > 0) return schema.Enum[0];
        return schema.Type switch
        {
            "object" when depth < 4 => new JsonObject(schema.Properties.Select(p =>
                KeyValuePair.Create(p.Name, For(p.Schema, depth + 1)))),
            "object" => new JsonObject(),
            "array" => depth < 4 && schema.Items is { } items ? new JsonArray(For(items, depth + 1)) : new JsonArray(),
            "integer" or "number" => 1,
            "boolean" => true,
            _ => Text(schema),
        };
    }

    /// <summary>The text form of a sample, for path and query parameters.</summary>
    public static string Text(Schema schema) => schema.Enum.Count > 0 ? schema.Enum[0] : schema.Format switch
    {
        "uuid" => UnknownId.ToString(),
        "date" => "2000-01-01",
        "date-time" => "2000-01-01T00:00:00+00:00",
        "int32" or "int64" or "double" or "float" => "1",
        _ => schema.Type is "integer" or "number" ? "1" : schema.Type == "boolean" ? "true" : "fuzz",
    };
}
