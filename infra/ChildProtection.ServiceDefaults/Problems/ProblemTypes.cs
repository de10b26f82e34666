namespace ChildProtection.ServiceDefaults;

/// <summary>
/// The stable <c>type</c> URIs of the platform's RFC 9457 problem details. Clients branch on these,
/// never on titles or messages, so they never change once published.
/// </summary>
public static class ProblemTypes
{
    /// <summary>The common prefix.</summary>
    public const string Base = "https://childprotection.example/problems/";

    /// <summary>400: input failed validation; the body has an <c>errors</c> dictionary.</summary>
    public const string Validation = Base + "validation";

    /// <summary>400/413/414/415/431: the request could not be read (malformed JSON, wrong content type, too big).</summary>
    public const string BadRequest = Base + "bad-request";

    /// <summary>401: no valid token.</summary>
    public const string Unauthenticated = Base + "unauthenticated";

    /// <summary>403: the caller's department, role or region does not allow this.</summary>
    public const string Forbidden = Base + "forbidden";

    /// <summary>404: no such resource (or not visible to the caller).</summary>
    public const string NotFound = Base + "not-found";

    /// <summary>405: the resource exists but not with this method.</summary>
    public const string MethodNotAllowed = Base + "method-not-allowed";

    /// <summary>409: the request conflicts with the current state (e.g. it already exists).</summary>
    public const string Conflict = Base + "conflict";

    /// <summary>409: the stream moved on since the caller read it; reload and retry.</summary>
    public const string ConcurrencyConflict = Base + "concurrency-conflict";

    /// <summary>409: the domain refused the command; the body has a stable <c>code</c>.</summary>
    public const string Rejected = Base + "rejected";

    /// <summary>409: the record resembles existing ones; the body lists <c>candidates</c> and whether the caller may override.</summary>
    public const string PossibleDuplicate = Base + "possible-duplicate";

    /// <summary>428: a change without <c>If-Match</c>; send the ETag last read.</summary>
    public const string PreconditionRequired = Base + "precondition-required";

    /// <summary>429: too many requests; see <c>Retry-After</c>.</summary>
    public const string RateLimited = Base + "rate-limited";

    /// <summary>502/503/504: a dependency is down; see <c>Retry-After</c>.</summary>
    public const string Unavailable = Base + "unavailable";

    /// <summary>500: our fault; the body never carries exception details.</summary>
    public const string Internal = Base + "internal";

    /// <summary>The type for a bare status code, or null to keep the framework's default.</summary>
    public static string? ForStatus(int statusCode) => statusCode switch
    {
        400 or 413 or 414 or 415 or 431 => BadRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        428 => PreconditionRequired,
        429 => RateLimited,
        500 => Internal,
        502 or 503 or 504 => Unavailable,
        _ => null,
    };
}
