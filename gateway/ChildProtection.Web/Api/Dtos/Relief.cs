namespace ChildProtection.Web.Api.Dtos;

/// <summary><c>GET /api/relief/children/{childId}</c>: the child's cases and entitlements (ETag = the stream version).</summary>
public sealed record ReliefChild(Guid ChildId, string RegionCode, IReadOnlyList<ReliefCase> Cases, IReadOnlyList<Entitlement> Entitlements);

public sealed record ReliefCase(Guid CaseId, string Programme, string Origin, string Status, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> MissingEvidence, DateOnly OpenedOn, string? VerifiedBy, DateTimeOffset? VerifiedAt, string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt, string? RejectedBy, DateTimeOffset? RejectedAt, string? RejectionReasons, bool Pending);

public sealed record Entitlement(Guid EntitlementId, string Programme, string Status, string StartMonth, string? EndMonth, decimal MonthlyYuan,
    string? NextReviewDue, TerminationProposal? TerminationProposed, bool Current);

public sealed record TerminationProposal(DateOnly? ChangedOn, string? EffectiveMonth, IReadOnlyList<string>? Reasons);

/// <summary><c>GET /api/relief/coverage?county=</c>: eligible but not covered, pending cases.</summary>
public sealed record Coverage(string County, DateOnly AsOf, int EligibleNotCovered, IReadOnlyList<Guid> UncoveredChildren,
    IReadOnlyDictionary<string, int>? PendingByAge, IReadOnlyList<PendingCase> Pending, IReadOnlyList<System.Text.Json.JsonElement>? EndingSoon);

public sealed record PendingCase(Guid ChildId, Guid CaseId, string Programme, string Status, int DaysOpen);

public sealed record Ledger(Guid ChildId, string Through, IReadOnlyList<LedgerLine> Lines, decimal TotalYuan);

public sealed record LedgerLine(string Month, Guid? EntitlementId, string? Programme, decimal AmountYuan);
