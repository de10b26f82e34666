namespace ChildProtection.Contracts.Registry;

/// <summary>A risk factor that raises the visit cadence was flagged (parent-severe-disability, child-disability, psychological-or-behavioural-abnormality, single-parent-family, or a free-form code).</summary>
public sealed record ChildRiskFactorFlagged(Guid ChildId, string Code, DateOnly Since, DateTimeOffset RecordedAt);
