using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;

namespace ChildProtection.Registry.Audit;

/// <summary>
/// Records reads over gRPC (<c>ChildDirectory</c>) in the platform's audit log (<c>audit.entries</c>); HTTP requests are
/// recorded by <see cref="AuditMiddleware"/>. Written before the answer leaves, so a read whose record fails fails too.
/// </summary>
public sealed class ReadAudit(AuditWriter writer, TimeProvider clock)
{
    /// <summary>Records a gRPC read: <paramref name="outcome"/> is <c>found</c>, <c>not-found</c> or a short detail (counts).</summary>
    public Task RecordAsync(Caller caller, string action, Guid? childId, string outcome, string correlationId, CancellationToken ct,
        string? purpose = null)
    {
        var (result, status, detail) = outcome switch
        {
            "found" => (AuditOutcome.Success, 200, null),
            "not-found" => (AuditOutcome.Failed, 404, null),
            _ => (AuditOutcome.Success, 200, outcome),
        };
        return writer.WriteAsync(new AuditEntry(clock.GetUtcNow(), "registry", caller.User, caller.Department, caller.Role, caller.Region,
            action, childId, purpose, result, status, detail, correlationId), ct);
    }

    /// <summary>The stated purpose from the request, trimmed to 200 characters; null when none was stated.</summary>
    public static string? PurposeOf(HttpContext http) => AuditSubject.PurposeOf(http);
}
