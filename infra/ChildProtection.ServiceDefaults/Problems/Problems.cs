using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChildProtection.ServiceDefaults;

/// <summary>
/// Problem results for minimal-API endpoints, so every service answers the same failure the same way:
/// <c>Results&lt;Ok&lt;T&gt;, ValidationProblem, ProblemHttpResult&gt;</c>.
/// </summary>
public static class Problems
{
    /// <summary>400 with <see cref="ProblemTypes.Validation"/> and the field errors.</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail, title: "The request is invalid.", type: ProblemTypes.Validation);

    /// <summary>400 with <see cref="ProblemTypes.Validation"/> for a single field.</summary>
    public static ValidationProblem Validation(string field, string error) =>
        Validation(new Dictionary<string, string[]> { [field] = [error] });

    /// <summary>404 with <see cref="ProblemTypes.NotFound"/>.</summary>
    public static ProblemHttpResult NotFound(string? detail = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: ProblemTypes.NotFound);

    /// <summary>409 with <see cref="ProblemTypes.Conflict"/>.</summary>
    public static ProblemHttpResult Conflict(string? detail = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.", type: ProblemTypes.Conflict);

    /// <summary>409 with <see cref="ProblemTypes.ConcurrencyConflict"/>, e.g. when <c>If-Match</c> is stale.</summary>
    public static ProblemHttpResult ConcurrencyConflict(string? detail = null) =>
        TypedResults.Problem(
            detail ?? "Someone else changed this record first; reload it and try again.",
            statusCode: StatusCodes.Status409Conflict,
            title: "The record was changed concurrently.",
            type: ProblemTypes.ConcurrencyConflict);

    /// <summary>409 with <see cref="ProblemTypes.Rejected"/>: a domain rule refused the command.</summary>
    /// <param name="code">A stable machine-readable reason, e.g. <c>order-already-decided</c>.</param>
    /// <param name="detail">A human-readable explanation without personal data.</param>
    public static ProblemHttpResult Rejected(string code, string detail) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status409Conflict,
            title: "The request was rejected.",
            type: ProblemTypes.Rejected,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>403 with <see cref="ProblemTypes.Forbidden"/>, e.g. a record outside the caller's region.</summary>
    public static ProblemHttpResult Forbidden(string? detail = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.", type: ProblemTypes.Forbidden);
}
