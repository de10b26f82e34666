namespace ChildProtection.ServiceDefaults.Audit;

/// <summary>
/// One record of the audit log (<c>audit.entries</c>): who did what to which child, why, and how it ended. Holds ids and
/// codes only: never names, ID numbers, phone numbers, addresses or request bodies.
/// </summary>
/// <param name="At">When the request was answered (the service's clock).</param>
/// <param name="Service">The service that answered, e.g. <c>registry</c>.</param>
/// <param name="Actor">The caller's subject id (<c>sub</c>), or <c>anonymous</c>.</param>
/// <param name="Department">The caller's department, or <c>-</c> when unauthenticated.</param>
/// <param name="Role">The caller's role, or <c>-</c>.</param>
/// <param name="Region">The caller's region prefix (or <c>*</c>), or <c>-</c>.</param>
/// <param name="Action"><c>METHOD route-pattern</c>, e.g. <c>GET /api/registry/children/{id:guid}/file</c>.</param>
/// <param name="ChildId">The child the request read or changed, when there is one.</param>
/// <param name="Purpose">The purpose stated in <c>X-Access-Purpose</c>, at most 200 characters.</param>
/// <param name="Outcome">One of <see cref="AuditOutcome"/>.</param>
/// <param name="Status">The HTTP status code answered.</param>
/// <param name="Detail">Counts or a region the handler noted (e.g. an export's row count), never personal data.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
public sealed record AuditEntry(DateTimeOffset At, string Service, string Actor, string Department, string Role, string Region,
    string Action, Guid? ChildId, string? Purpose, string Outcome, int Status, string? Detail, string CorrelationId);

/// <summary>How a request ended, from its status code.</summary>
public static class AuditOutcome
{
    /// <summary>2xx and 3xx.</summary>
    public const string Success = "success";
    /// <summary>401 and 403: the caller was not allowed.</summary>
    public const string Denied = "denied";
    /// <summary>Any other 4xx or 5xx.</summary>
    public const string Failed = "failed";

    /// <summary>The outcome of a response with <paramref name="status"/>.</summary>
    public static string For(int status) => status switch
    {
        < 400 => Success,
        401 or 403 => Denied,
        _ => Failed,
    };
}
