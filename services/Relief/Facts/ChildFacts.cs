namespace ChildProtection.Relief.Facts;

/// <summary>A category Registry computed for the child, with its reasons and start date.</summary>
public sealed record CategoryFact(string Code, IReadOnlyList<string> Reasons, DateOnly Since);

/// <summary>
/// What Relief knows of a child from other services' events (a local read model: Relief never asks Registry).
/// Registry computes orphan / de-facto-unsupported from the parents' facts, so Relief reads those categories.
/// </summary>
/// <param name="Disabled">Registry flagged the risk factor <c>child-disability</c>.</param>
/// <param name="ReliefRequestedOn">A visit found the child in need of relief (<c>needs-relief</c>), on this date.</param>
public sealed record ChildFacts(
    Guid ChildId,
    string? RegionCode,
    DateOnly? BirthDate,
    string? Household,
    IReadOnlyList<CategoryFact> Categories,
    bool Disabled,
    string? Guardianship,
    DateOnly? ReliefRequestedOn)
{
    public static ChildFacts Unknown(Guid childId) => new(childId, null, null, null, [], false, null, null);

    public bool Has(string category) => Categories.Any(c => c.Code == category);

    public CategoryFact? Category(string code) => Categories.FirstOrDefault(c => c.Code == code);

    public ChildFacts WithCategory(CategoryFact category) => this with
    {
        Categories = [.. Categories.Where(c => c.Code != category.Code).Append(category).OrderBy(c => c.Code, StringComparer.Ordinal)],
    };

    public ChildFacts WithoutCategory(string code) => this with { Categories = [.. Categories.Where(c => c.Code != code)] };
}
