namespace ChildProtection.Contracts.Registry;

/// <summary>Who holds guardianship changed: parental, temporary-state (with placement), long-term-state, appointed-guardian.</summary>
public sealed record ChildGuardianshipChanged(Guid ChildId, string Status, string? Placement, DateOnly Since, DateTimeOffset RecordedAt);
