namespace ChildProtection.Contracts.Registry;

/// <summary>
/// A child entered a category computed from the facts (codes: rural-left-behind, in-difficulty-poverty,
/// in-difficulty-disability, in-difficulty-guardianship, orphan, de-facto-unsupported, single-parent-family).
/// Also published again, with the same start date, when the reasons change while the category still holds.
/// </summary>
public sealed record ChildCategoryEntered(Guid ChildId, string Category, IReadOnlyList<string> Reasons, DateOnly Since, DateTimeOffset RecordedAt);
