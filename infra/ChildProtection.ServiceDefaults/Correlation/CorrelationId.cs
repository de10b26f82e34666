using Microsoft.AspNetCore.Http;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// The correlation id that ties one user action together across the gateway, the services, the broker
/// and the event store. Carried in the <c>X-Correlation-Id</c> header.
/// </summary>
public static class CorrelationId
{
    /// <summary>The HTTP header (and message header) name.</summary>
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The span tag and baggage key.</summary>
    public const string TagName = "correlation.id";

    /// <summary>The longest id accepted from a caller.</summary>
    public const int MaxLength = 64;

    private static readonly object ItemKey = new();

    /// <summary>
    /// True for 1–64 characters of <c>[A-Za-z0-9-_.]</c>. Anything else could smuggle text into
    /// logs and headers, so it is replaced rather than trusted.
    /// </summary>
    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>A new id: 32 hex digits.</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The caller's id when valid, else a new one.</summary>
    public static string Accept(string? candidate) => IsValid(candidate) ? candidate! : New();

    /// <summary>
    /// The request's correlation id: the one the middleware settled on, or (outside the middleware,
    /// e.g. in a test host) the header's valid value or a new id, remembered for the rest of the request.
    /// </summary>
    public static string GetCorrelationId(this HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var value) && value is string id)
        {
            return id;
        }
        id = Accept(context.Request.Headers[HeaderName].ToString());
        context.Items[ItemKey] = id;
        return id;
    }

    internal static void Set(HttpContext context, string id) => context.Items[ItemKey] = id;
}
