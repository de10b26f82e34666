using System.Text;
using System.Text.Json.Nodes;
using ChildProtection.Fuzzing.Tests.OpenApi;

namespace ChildProtection.Fuzzing.Tests.Generation;

/// <summary>
/// Every hostile request for one operation, deterministically (same document, same requests): each path and query
/// parameter broken in turn, then the body broken as a whole, per property and per required field.
/// </summary>
public static class RequestGenerator
{
    /// <summary>Above the gateway's 1 MiB limit, the most any service is ever forwarded.</summary>
    public const int OversizedBytes = (1024 * 1024) + 4096;

    private const int NestingDepth = 200;

    public static IReadOnlyList<FuzzRequest> For(ApiOperation operation)
    {
        var requests = new List<FuzzRequest>();
        var pathParameters = operation.Parameters.Where(p => p.In == "path").ToList();
        var queryParameters = operation.Parameters.Where(p => p.In == "query").ToList();
        var baseline = operation.Body is { IsJson: true } body ? Samples.For(body.Schema) : null;
        var baselineBytes = baseline is null ? null : Utf8(baseline.ToJsonString());

        // A plausible If-Match on every write, so that validation rather than the missing precondition (428) answers.
        IReadOnlyDictionary<string, string> defaultHeaders = operation.IsRead
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["If-Match"] = "\"1\"" };

        FuzzRequest Make(string @case, IReadOnlyDictionary<string, string>? path = null, IReadOnlyDictionary<string, string>? query = null,
            byte[]? bytes = null, string? contentType = null, bool keepBody = true, IReadOnlyDictionary<string, string>? headers = null)
        {
            var url = BuildPath(operation.Path, pathParameters, path ?? new Dictionary<string, string>());
            var queryText = BuildQuery(queryParameters, query);
            if (bytes is null && keepBody && operation.Body is not null)
            {
                bytes = baselineBytes ?? Utf8("fuzz");
                contentType = operation.Body.ContentType;
            }
            return new FuzzRequest(@case, operation.Method, url + queryText, bytes, contentType, headers ?? defaultHeaders);
        }

        // First, the request that finds the caller the endpoint admits: well-typed path and query, so routing matches
        // and the endpoint's policy answers, with a malformed body, so that it cannot store anything whoever it admits.
        requests.Add(Make("probe: well-typed path, malformed body", bytes: operation.Body is null ? null : Utf8("{\"a\": "),
            contentType: operation.Body is null ? null : "application/json"));

        foreach (var parameter in pathParameters)
        {
            // A NUL in the path never reaches a service: Kestrel refuses the request line with 400 (and the in-memory
            // test server refuses to build it), so only its percent-encoded spelling travels in a path.
            foreach (var (@case, value) in HostileValues.ForText().Where(v => v.Case != "nul"))
            {
                requests.Add(Make($"path {parameter.Name}: {@case}", path: new Dictionary<string, string> { [parameter.Name] = value }));
            }
        }

        foreach (var parameter in queryParameters)
        {
            foreach (var (@case, value) in HostileValues.ForText())
            {
                requests.Add(Make($"query {parameter.Name}: {@case}", query: new Dictionary<string, string> { [parameter.Name] = value }));
            }
            requests.Add(Make($"query {parameter.Name}: repeated", query: new Dictionary<string, string> { [parameter.Name] = "a", [parameter.Name + "\u0001"] = "b" }));
        }

        if (operation.IsRead && queryParameters.Count == 0)
        {
            // Nothing declared to break: an undeclared query must be ignored or refused, never crash.
            requests.Add(Make("query: undeclared injection", query: new Dictionary<string, string> { ["q"] = "' OR 1=1 --" }));
        }

        if (!operation.IsRead)
        {
            requests.Add(Make("if-match: missing", headers: new Dictionary<string, string>()));
            foreach (var etag in new[] { "\"not-a-version\"", "W/\"-1\"", "\"99999999999999999999\"", "*" })
            {
                requests.Add(Make($"if-match: {etag}", headers: new Dictionary<string, string> { ["If-Match"] = etag }));
            }
        }

        if (operation.Body is { } declared)
        {
            requests.AddRange(WholeBodies(declared, baselineBytes).Select(b => Make("body: " + b.Case, bytes: b.Bytes, contentType: b.ContentType)));
            if (baseline is JsonObject root)
            {
                requests.AddRange(PropertyBodies(declared.Schema, root).Select(b => Make("body " + b.Case, bytes: b.Bytes, contentType: declared.ContentType)));
            }
        }
        return requests;
    }

    private static IEnumerable<(string Case, byte[] Bytes, string? ContentType)> WholeBodies(ApiBody body, byte[]? baseline)
    {
        const string json = "application/json";
        var sample = baseline ?? Utf8("fuzz");
        yield return ("malformed", Utf8("{\"a\": "), json);
        yield return ("trailing garbage", [.. sample, .. Utf8("}}]")], json);
        yield return ("empty", [], json);
        yield return ("null", Utf8("null"), json);
        yield return ("array for object", [.. Utf8("["), .. sample, .. Utf8("]")], json);
        yield return ("string for object", Utf8("\"fuzz\""), json);
        yield return ("number for object", Utf8("42"), json);
        yield return ("deep object", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", NestingDepth)) + "1" + new string('}', NestingDepth)), json);
        yield return ("deep array", Utf8(new string('[', NestingDepth) + new string(']', NestingDepth)), json);
        yield return ("invalid utf-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], json);
        yield return ("oversized", Utf8("{\"a\":\"" + new string('A', OversizedBytes) + "\"}"), json);
        yield return ("wrong content type text/plain", sample, "text/plain");
        yield return ("wrong content type xml", Utf8("<a>1</a>"), "application/xml");
        yield return ("wrong content type form", Utf8("a=1&b=2"), "application/x-www-form-urlencoded");
        yield return ("no content type", sample, null);
        if (!body.IsJson)
        {
            yield return ("declared type, garbage", [0x00, 0xFF, 0x22, 0x2C, 0x0A, 0x22], body.ContentType);
            yield return ("declared type, empty", [], body.ContentType);
            yield return ("declared type, oversized", Utf8(new string('A', OversizedBytes)), body.ContentType);
        }
    }

    private static IEnumerable<(string Case, byte[] Bytes)> PropertyBodies(Schema schema, JsonObject baseline)
    {
        var required = schema.Required;
        foreach (var (name, property) in schema.Properties)
        {
            byte[] With(JsonNode? value)
            {
                var copy = (JsonObject)baseline.DeepClone();
                copy[name] = value;
                return Utf8(copy.ToJsonString());
            }

            byte[] WithRaw(string rawJson)
            {
                // Raw so that literals JsonNode refuses to hold (1e309, 20-digit integers) reach the service as typed.
                var copy = (JsonObject)baseline.DeepClone();
                copy[name] = "\u0001RAW\u0001";
                return Utf8(copy.ToJsonString().Replace("\"\\u0001RAW\\u0001\"", rawJson, StringComparison.Ordinal));
            }

            yield return ($"{name}: null", With(null));
            if (required.Contains(name))
            {
                var copy = (JsonObject)baseline.DeepClone();
                copy.Remove(name);
                yield return ($"{name}: missing", Utf8(copy.ToJsonString()));
            }
            foreach (var (@case, raw) in WrongTypes(property))
            {
                yield return ($"{name}: {@case}", WithRaw(raw));
            }
            if (property.Type is null or "string")
            {
                foreach (var (@case, value) in HostileValues.Strings)
                {
                    yield return ($"{name}: {@case}", With(value));
                }
            }
            if (property.Type is "integer" or "number")
            {
                foreach (var (@case, value) in HostileValues.Numbers.Where(n => n.Case is "negative" or "huge" or "fraction" or "exponent"))
                {
                    yield return ($"{name}: {@case}", WithRaw(value));
                }
            }
        }
    }

    /// <summary>A JSON value of each type the property is not.</summary>
    private static IEnumerable<(string Case, string Raw)> WrongTypes(Schema property)
    {
        var type = property.Type;
        if (type != "string") yield return ("string for " + (type ?? "value"), "\"fuzz\"");
        if (type is not ("integer" or "number")) yield return ("number for " + (type ?? "value"), "12345");
        if (type != "boolean") yield return ("boolean for " + (type ?? "value"), "true");
        if (type != "object") yield return ("object for " + (type ?? "value"), "{\"a\":1}");
        if (type != "array") yield return ("array for " + (type ?? "value"), "[1,\"a\",null]");
        if (type == "array") yield return ("array of nulls", "[null,null]");
    }

    private static string BuildPath(string template, List<ApiParameter> parameters, IReadOnlyDictionary<string, string> overrides)
    {
        var path = template;
        foreach (var parameter in parameters)
        {
            var value = overrides.TryGetValue(parameter.Name, out var hostile) ? hostile : Samples.Text(parameter.Schema);
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        return path;
    }

    private static string BuildQuery(List<ApiParameter> parameters, IReadOnlyDictionary<string, string>? overrides)
    {
        var pairs = new List<string>();
        foreach (var parameter in parameters)
        {
            if (overrides?.TryGetValue(parameter.Name, out var hostile) == true)
            {
                pairs.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(hostile)}");
            }
            else if (parameter.Required)
            {
                pairs.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(Samples.Text(parameter.Schema))}");
            }
        }
        if (overrides is not null)
        {
            foreach (var (name, value) in overrides.Where(o => parameters.All(p => p.Name != o.Key)))
            {
                pairs.Add($"{Uri.EscapeDataString(name.TrimEnd('\u0001'))}={Uri.EscapeDataString(value)}");
            }
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
