using System.Text.Json;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Reads <c>authorization.json</c>: <c>{ "endpoints": { "GET /api/x/{id:guid}": { "allow": { "police": ["officer"] }, "why": "…" },
/// "GET /health/live": { "anonymous": true } } }</c>. Every mistake is reported with the file and the entry, so a
/// broken matrix stops the host at startup instead of refusing calls later.
/// </summary>
public static class AuthorizationMatrixReader
{
    /// <summary>Reads and checks the file at <paramref name="path"/>.</summary>
    public static AuthorizationMatrix Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new AuthorizationMatrixException(
                $"The authorization matrix '{path}' does not exist. Every service needs an authorization.json next to it (copied to the output) listing who may call each endpoint; set Authorization:MatrixPath to read another file.");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses matrix JSON; <paramref name="source"/> names it in error messages.</summary>
    public static AuthorizationMatrix Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Invalid(source, $"is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("endpoints", out var endpoints)
                || endpoints.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(source, "must be an object with an \"endpoints\" object.");
            }

            var entries = new Dictionary<string, MatrixEntry>(StringComparer.Ordinal);
            foreach (var endpoint in endpoints.EnumerateObject())
            {
                if (!entries.TryAdd(endpoint.Name, ReadEntry(endpoint, source)))
                {
                    throw Invalid(source, $"lists '{endpoint.Name}' twice.");
                }
            }
            return new AuthorizationMatrix(source, entries);
        }
    }

    private static MatrixEntry ReadEntry(JsonProperty endpoint, string source)
    {
        var key = endpoint.Name;
        if (!MatrixKey.IsWellFormed(key))
        {
            throw Invalid(source, $"has the key '{key}', which is neither 'METHOD /route-pattern' nor 'grpc /package.Service/Method'.");
        }
        var value = endpoint.Value;
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(source, $"'{key}' must be an object.");
        }
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name is not ("anonymous" or "allow" or "why"))
            {
                throw Invalid(source, $"'{key}' has the unknown property '{property.Name}' (anonymous, allow, why).");
            }
        }

        var why = value.TryGetProperty("why", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString() : null;
        var anonymous = value.TryGetProperty("anonymous", out var a) && a.ValueKind == JsonValueKind.True;
        var hasAllow = value.TryGetProperty("allow", out var allow);
        if (anonymous == hasAllow)
        {
            throw Invalid(source, $"'{key}' must have either \"anonymous\": true or an \"allow\" object, not both or neither.");
        }
        if (anonymous)
        {
            return new MatrixEntry(true, new Dictionary<string, IReadOnlySet<string>>(), why);
        }
        if (allow.ValueKind != JsonValueKind.Object || !allow.EnumerateObject().Any())
        {
            throw Invalid(source, $"'{key}' must allow at least one department (\"allow\": {{ \"police\": [\"officer\"] }}).");
        }

        var departments = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var department in allow.EnumerateObject())
        {
            if (department.Name != MatrixEntry.Any && !Departments.IsKnown(department.Name))
            {
                throw Invalid(source, $"'{key}' allows the unknown department '{department.Name}' (one of {string.Join(", ", Departments.All)}, or *).");
            }
            var roles = department.Value.ValueKind == JsonValueKind.Array
                ? department.Value.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString() : null).ToList()
                : [];
            if (roles.Count == 0 || roles.Any(string.IsNullOrWhiteSpace))
            {
                throw Invalid(source, $"'{key}' must give '{department.Name}' a non-empty array of roles ([\"*\"] for any role).");
            }
            departments[department.Name] = new HashSet<string>(roles!, StringComparer.Ordinal);
        }
        return new MatrixEntry(false, departments, why);
    }

    private static AuthorizationMatrixException Invalid(string source, string problem) =>
        new($"The authorization matrix '{source}' {problem}");
}
