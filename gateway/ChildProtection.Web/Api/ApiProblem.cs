using System.Text.Json;

namespace ChildProtection.Web.Api;

/// <summary>
/// An RFC 9457 problem the gateway or a service answered (or one made up here when nothing answered: status 503),
/// with the field errors of a 400 and the stable <c>code</c> of a refused transition.
/// </summary>
public sealed record ApiProblem(int Status, string? Type, string? Title, string? Detail, string? Code,
    IReadOnlyDictionary<string, string[]> Errors, TimeSpan? RetryAfter = null, JsonElement? Body = null)
{
    /// <summary>An extension member of the problem (e.g. <c>candidates</c> of a possible duplicate), read as <typeparamref name="T"/>.</summary>
    public T? Extension<T>(string name) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value)
            ? value.Deserialize<T>(GatewayApi.Json)
            : default;

    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>400 naming fields.</summary>
    public bool IsValidation => Status == 400 && Errors.Count > 0;

    /// <summary>409 because the record changed since it was read (a stale If-Match): reload and try again.</summary>
    public bool IsConcurrencyConflict => Status == 409 && Type?.EndsWith("/concurrency-conflict", StringComparison.Ordinal) == true
        || Status == 412;

    /// <summary>409 because the rule does not allow it (a stable <see cref="Code"/>), e.g. <c>validity-too-long</c>.</summary>
    public bool IsRejected => Status == 409 && !IsConcurrencyConflict;

    /// <summary>Nothing answered, or a service (or the database behind it) is down or busy: retry.</summary>
    public bool IsUnavailable => Status is 0 or 429 or 502 or 503 or 504;

    public bool IsUnauthenticated => Status == 401;

    public bool IsForbidden => Status == 403;

    public bool IsNotFound => Status == 404;

    /// <summary>Made up when the gateway could not be reached at all.</summary>
    public static ApiProblem Unreachable(string detail) =>
        new(503, "about:blank#unreachable", "The gateway did not answer.", detail, null, NoErrors);

    /// <summary>Reads a problem body; a body that is not a problem still gives the status.</summary>
    public static ApiProblem Parse(int status, string? body, TimeSpan? retryAfter)
    {
        if (string.IsNullOrWhiteSpace(body)) return new(status, null, null, null, null, NoErrors, retryAfter);
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new(status, null, null, null, null, NoErrors, retryAfter);
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
                        : field.Value.ValueKind == JsonValueKind.String ? [field.Value.GetString()!] : [];
                }
            }
            return new(status, Text("type"), Text("title"), Text("detail"), Text("code"), errors, retryAfter, root.Clone());
        }
        catch (JsonException)
        {
            return new(status, null, null, null, null, NoErrors, retryAfter);
        }
    }
}
