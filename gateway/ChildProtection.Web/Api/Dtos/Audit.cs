namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>GET /api/audit</c> at the gateway: every service's entries merged newest first, and who did not answer.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, IReadOnlyList<string>? Answered, IReadOnlyList<UnavailableService>? Unavailable,
    bool Partial, int Page, int PageSize);

public sealed record AuditEntry(DateTimeOffset At, string Service, string Actor, string Department, string Role, string Region, string Action,
    Guid? ChildId, string? Purpose, string Outcome, int Status, string? Detail, string? CorrelationId);

public sealed record UnavailableService(string Service, string Reason);
