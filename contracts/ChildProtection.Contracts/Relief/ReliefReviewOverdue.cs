using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>An entitlement's periodic review was not done by its due date (raised once per due date). Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefReviewOverdue(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly DueOn, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief review overdue: {Programme} (due {DueOn:yyyy-MM-dd})";
}
