using ChildProtection.Relief.Facts;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Relief.Tests.Rules;

/// <summary>Facts and pack terms for the pure rule tests (the real pack files).</summary>
public static class Given
{
    private static readonly PolicyPacks Packs = PolicyPacks.Load();

    public const string NationalVillage = "110101001001"; // no local pack: national terms
    public const string TianjinVillage = "120116001001";
    public const string BaotouVillage = "150203001001";

    public static ReliefPolicy PolicyOf(string region) => Packs.Resolve(region).Relief;

    public static ChildFacts Child(DateOnly birth, string region = NationalVillage) =>
        ChildFacts.Unknown(Guid.NewGuid()) with { RegionCode = region, BirthDate = birth, Household = "rural" };

    public static ChildFacts In(this ChildFacts f, string category, DateOnly since, params string[] reasons) =>
        f.WithCategory(new CategoryFact(category, reasons.Length == 0 ? [category] : reasons, since));
}
