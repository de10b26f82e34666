using ChildProtection.Contracts.ChildFile;

namespace ChildProtection.Contracts.Relief;

/// <summary>An eligibility case was opened for a programme, proactively from the child's facts (no application needed) or on an application, with the reasons and the evidence still missing. Programme codes: <c>orphan-allowance</c>, <c>de-facto-unsupported-allowance</c>,
/// <c>minimum-living-guarantee</c>, <c>extreme-poverty-support</c>, <c>temporary-assistance</c>, <c>rehabilitation-aid</c>.</summary>
public sealed record ReliefCaseOpened(Guid CaseId, Guid ChildId, string RegionCode, string Programme, string Origin, IReadOnlyList<string> Reasons, IReadOnlyList<string> MissingEvidence, DateTimeOffset OccurredAt) : IChildFileEvent
{
    /// <inheritdoc />
    public string FileSource => "relief";
    /// <inheritdoc />
    public string FileSummary => $"Relief eligibility case opened ({Origin}): {Programme}";
}
