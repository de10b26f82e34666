using ChildProtection.ServiceDefaults;
using Microsoft.Net.Http.Headers;

namespace ChildProtection.Court.Http;

/// <summary>Stream versions as strong entity tags (<c>"3"</c>), and the <c>If-Match</c> precondition of every change.</summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    /// <summary>
    /// The expected stream version from <c>If-Match</c>, or the answer to give instead: 428 when the header is
    /// missing, 400 when it is not one of our entity tags.
    /// </summary>
    public static (long Expected, IResult? Problem) ExpectedVersion(HttpRequest request, string record)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return (0, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the {record}'s current ETag in If-Match, so a concurrent change is not overwritten."));
        if (EntityTagHeaderValue.TryParse(header, out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) && version > 0)
            return (version, null);
        return (0, Problems.Validation("If-Match", "If-Match must be the ETag returned by the court service, e.g. \"3\"."));
    }
}
