namespace ChildProtection.Contracts.Registry;

/// <summary>The child's daily care was delegated (or the delegation ended: <c>Delegated</c> false). No names.</summary>
public sealed record ChildCareDelegated(Guid ChildId, bool Delegated, bool DirectRelative, bool AgreementSigned, bool CarerUnfit, DateTimeOffset RecordedAt);
