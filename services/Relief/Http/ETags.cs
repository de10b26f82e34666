using Microsoft.Net.Http.Headers;

namespace ChildProtection.Relief.Http;

/// <summary>Stream versions as strong entity tags: <c>"3"</c>.</summary>
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

    /// <summary>
    /// The expected stream version from <c>If-Match</c>, or the answer to give instead: 428 when the header is
    /// missing, 400 when it is not one of our entity tags.
    /// </summary>
    public static (long Expected, IResult? Problem) ExpectedVersion(HttpRequest request, string record)
    {
        var expected = ParseIfMatch(request);
        if (expected is null)
            return (0, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the {record}'s current ETag in If-Match, so a concurrent change is not overwritten."));
        if (expected < 0)
            return (0, ServiceDefaults.Problems.Validation("If-Match", "If-Match must be the ETag returned by the relief service, e.g. \"3\"."));
        return (expected.Value, null);
    }
}
