namespace ChildProtection.Contracts.Registry;

/// <summary>A risk factor no longer applies.</summary>
public sealed record ChildRiskFactorCleared(Guid ChildId, string Code, DateOnly On, DateTimeOffset RecordedAt);
