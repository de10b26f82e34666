namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>GET /api/police/cases</c> (no names, no free text).</summary>
public sealed record PoliceCasesPage(int Page, int PageSize, IReadOnlyList<PoliceCaseItem> Items);

public sealed record PoliceCaseItem(Guid Id, string Source, Guid? ReportId, Guid? ChildId, string RegionCode, string Kind, string Status,
    string? Outcome, bool Referred, DateTimeOffset OpenedAt, DateTimeOffset? EndedAt);

public sealed record PoliceCase(Guid Id, string Source, Guid? ReportId, Guid? RoutingId, Guid? ChildId, string RegionCode, string Kind,
    IReadOnlyList<string> Situations, string? Urgency, string? Account, string Status, DateTimeOffset OpenedAt, Guid? ReferralId,
    DateTimeOffset? ReferredAt, string? Outcome, string? OutcomeSummary, string? TransferredTo, string? TransferReason, DateTimeOffset? EndedAt,
    long Version);

/// <summary>An instrument of a case as the case lists it (masked name, due time, overdue).</summary>
public sealed record PoliceInstrumentItem(Guid Id, string Kind, string Status, string? NamedPerson, DateTimeOffset? IssuedAt,
    DateTimeOffset? DueAt, bool Overdue, string? Href);

/// <summary>A protection order served on the police to enforce (<c>GET /api/police/protection-orders</c>).</summary>
public sealed record OrderToEnforce(Guid OrderId, Guid? ChildId, string RegionCode, IReadOnlyList<string> Measures, DateOnly? ValidFrom,
    DateOnly? ValidUntil, string Status, DateTimeOffset? ServedAt);
