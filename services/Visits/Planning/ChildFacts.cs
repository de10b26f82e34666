namespace ChildProtection.Visits.Planning;

/// <summary>
/// What visits knows of a child from the registry's events (a local read model: visits never asks the registry).
/// <see cref="RegionCode"/> is null until <c>ChildRegistered</c> arrives.
/// </summary>
public sealed record ChildFacts(
    Guid ChildId,
    string? RegionCode,
    DateOnly? BirthDate,
    string? Household,
    Guid? DirectorId,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> RiskFactors,
    string? Guardianship,
    bool CarerDelegated,
    bool CarerUnfit)
{
    public static ChildFacts Unknown(Guid childId) => new(childId, null, null, null, null, [], [], null, false, false);

    /// <summary>In scope of visits: a known village and at least one category.</summary>
    public bool InScope => RegionCode is not null && Categories.Count > 0;

    public ChildFacts WithCategory(string category, bool member) => this with
    {
        Categories = member
            ? [.. Categories.Append(category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : [.. Categories.Where(c => c != category)],
    };

    public ChildFacts WithRiskFactor(string code, bool flagged) => this with
    {
        RiskFactors = flagged
            ? [.. RiskFactors.Append(code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : [.. RiskFactors.Where(c => c != code)],
    };
}
