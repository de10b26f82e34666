using ChildProtection.ServiceDefaults.Http;

namespace ChildProtection.Registry.Http;

/// <summary>Optimistic concurrency over HTTP: a change names the version it was based on in <c>If-Match</c>.</summary>
public static class Preconditions
{
    /// <summary>
    /// The expected stream version from <c>If-Match</c>, or the answer to give instead: 428 when the header is
    /// missing, 400 when it is not one of our entity tags.
    /// </summary>
    public static (long Expected, IResult? Problem) ExpectedVersion(HttpRequest request, string record) =>
        ETags.ExpectedVersion(request, record, "the registry");
}
