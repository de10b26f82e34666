using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>An entitlement starts in the month after confirmation; MonthlyYuan is null where the amount is set per case (e.g. minimum living guarantee). Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefEntitlementStarted(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly StartMonth, int? MonthlyYuan, DateOnly? NextReviewDue, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief entitlement started: {Programme} from {StartMonth:yyyy-MM}";
}
