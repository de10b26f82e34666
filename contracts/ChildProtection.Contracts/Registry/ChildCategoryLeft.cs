namespace ChildProtection.Contracts.Registry;

/// <summary>A child left a category (turned 16 or 18, or the facts changed), with why and on which date.</summary>
public sealed record ChildCategoryLeft(Guid ChildId, string Category, IReadOnlyList<string> Reasons, DateOnly EndedOn, DateTimeOffset RecordedAt);
