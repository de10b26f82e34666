using System.Text.Json;

namespace ChildProtection.Fuzzing.Tests.OpenApi;

/// <summary>Reads the operations out of an OpenAPI 3.x document, in document order.</summary>
public static class OpenApiDocumentReader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<ApiOperation> Read(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var schemas = root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s) ? s : default;
        var operations = new List<ApiOperation>();
        if (!root.TryGetProperty("paths", out var paths)) return operations;

        foreach (var path in paths.EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var p) ? Parameters(p, schemas) : [];
            foreach (var method in Methods)
            {
                if (!path.Value.TryGetProperty(method, out var operation)) continue;
                var parameters = operation.TryGetProperty("parameters", out var own) ? [.. shared, .. Parameters(own, schemas)] : shared;
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path.Name, parameters, Body(operation, schemas)));
            }
        }
        return operations;
    }

    private static List<ApiParameter> Parameters(JsonElement parameters, JsonElement schemas) =>
        [.. parameters.EnumerateArray().Select(p => new ApiParameter(
            p.GetProperty("name").GetString()!,
            p.GetProperty("in").GetString()!,
            p.TryGetProperty("required", out var required) && required.GetBoolean(),
            p.TryGetProperty("schema", out var schema) ? new Schema(schema, schemas) : Schema.Any))];

    private static ApiBody? Body(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)) return null;
        var media = content.EnumerateObject().FirstOrDefault();
        if (media.Name is null) return null;
        var schema = media.Value.TryGetProperty("schema", out var node) ? new Schema(node, schemas) : Schema.Any;
        return new ApiBody(media.Name, schema, body.TryGetProperty("required", out var required) && required.GetBoolean());
    }
}
