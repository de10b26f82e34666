namespace ChildProtection.Web.Api.Dtos;

/// <summary>A row of <c>GET /api/court/proceedings</c>: no names, no facts.</summary>
public sealed record Proceeding(Guid Id, string Kind, Guid? ChildId, string RegionCode, string Status, bool? Urgent, DateTimeOffset? DueAt,
    bool Overdue, bool EscalatedToPresident, DateTimeOffset OpenedAt);

/// <summary><c>GET /api/court/protection-orders/{id}</c>.</summary>
public sealed record ProtectionOrder(Guid Id, Guid ChildId, string RegionCode, string Applicant, string Form, string RespondentRelation,
    string? RespondentName, IReadOnlyList<string> RequestedMeasures, string? Facts, bool Urgent, DateTimeOffset AppliedAt,
    DateTimeOffset DecisionDueAt, string Status, IReadOnlyList<string> Measures, DateOnly? ValidFrom, DateOnly? ValidUntil,
    DateTimeOffset? DecidedAt, bool DecidedLate, string? RejectionReasons, DateTimeOffset? OverdueAt, DateTimeOffset? EscalatedToPresidentAt,
    IReadOnlyList<string> ServedOn, string? ReviewStatus, long Version);
