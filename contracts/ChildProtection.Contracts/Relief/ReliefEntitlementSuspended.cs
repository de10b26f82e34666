using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>An entitlement is suspended from a month. Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefEntitlementSuspended(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly FromMonth, string Reason, string SuspendedBy, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief entitlement suspended: {Programme} from {FromMonth:yyyy-MM}";
}
