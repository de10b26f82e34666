using Microsoft.Net.Http.Headers;

namespace ChildProtection.Visits.Http;

/// <summary>Plan stream versions as strong entity tags: <c>"3"</c>.</summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    /// <summary>The version in an <c>If-Match</c> header; null when missing, -1 when not one of ours.</summary>
    public static long? ParseIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return null;
        return EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
               && long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) && version > 0
            ? version
            : -1;
    }
}
