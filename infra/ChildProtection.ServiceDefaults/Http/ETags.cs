using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChildProtection.ServiceDefaults.Http;

/// <summary>Stream versions as strong entity tags (<c>"3"</c>), and the <c>If-Match</c> precondition of every change.</summary>
public static class ETags
{
    /// <summary>The entity tag of a stream version.</summary>
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
    /// <param name="request">The change's request.</param>
    /// <param name="record">What the stream is, for the 428's detail ("case" → "Send the case's current ETag…").</param>
    /// <param name="issuer">Who hands out the tags, for the 400's field error ("the court service").</param>
    public static (long Expected, IResult? Problem) ExpectedVersion(HttpRequest request, string record, string issuer)
    {
        var expected = ParseIfMatch(request);
        if (expected is null)
            return (0, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the {record}'s current ETag in If-Match, so a concurrent change is not overwritten."));
        if (expected < 0)
            return (0, Problems.Validation("If-Match", $"If-Match must be the ETag returned by {issuer}, e.g. \"3\"."));
        return (expected.Value, null);
    }
}
