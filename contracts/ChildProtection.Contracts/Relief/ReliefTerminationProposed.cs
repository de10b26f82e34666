using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>The child no longer meets a programme's conditions: termination is proposed, effective the month after the change. Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefTerminationProposed(Guid EntitlementId, Guid ChildId, string RegionCode, string Programme, DateOnly ChangedOn, DateOnly EffectiveMonth, IReadOnlyList<string> Reasons, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief termination proposed: {Programme} from {EffectiveMonth:yyyy-MM}";
}
