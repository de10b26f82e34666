using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>County civil affairs confirmed an eligibility case (second step), by whom and when. Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefCaseConfirmed(Guid CaseId, Guid ChildId, string RegionCode, string Programme, string ConfirmedBy, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief case confirmed by the county: {Programme}";
}
