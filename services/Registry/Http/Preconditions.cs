using ChildProtection.Registry.Children;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Registry.Http;

/// <summary>Optimistic concurrency over HTTP: a change names the version it was based on in <c>If-Match</c>.</summary>
public static class Preconditions
{
    /// <summary>
    /// The expected stream version from <c>If-Match</c>, or the answer to give instead: 428 when the header is
    /// missing, 400 when it is not one of our entity tags.
    /// </summary>
    public static (long Expected, IResult? Problem) ExpectedVersion(HttpRequest request, string record)
    {
        var expected = ETags.ParseIfMatch(request);
        if (expected is null)
            return (0, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the {record}'s current ETag in If-Match, so a concurrent change is not overwritten."));
        if (expected < 0)
            return (0, Problems.Validation("If-Match", "If-Match must be the ETag returned by the registry, e.g. \"3\"."));
        return (expected.Value, null);
    }
}
