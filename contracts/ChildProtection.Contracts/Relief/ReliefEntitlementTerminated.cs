using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>An entitlement ends: nothing is paid from EffectiveMonth on. Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefEntitlementTerminated(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly EffectiveMonth, string Reason, string TerminatedBy, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief entitlement terminated: {Programme} from {EffectiveMonth:yyyy-MM}";
}
