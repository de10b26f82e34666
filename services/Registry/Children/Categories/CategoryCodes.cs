namespace ChildProtection.Registry.Children.Categories;

/// <summary>The categories a child can be in (docs/domain.md §2). Stable codes, shared with other services through events.</summary>
public static class CategoryCodes
{
    /// <summary>农村留守儿童.</summary>
    public const string RuralLeftBehind = "rural-left-behind";
    /// <summary>困境儿童 because of family poverty (living, medical, schooling).</summary>
    public const string InDifficultyPoverty = "in-difficulty-poverty";
    /// <summary>困境儿童 because of their own disability.</summary>
    public const string InDifficultyDisability = "in-difficulty-disability";
    /// <summary>困境儿童 because absent or improper guardianship led to harm.</summary>
    public const string InDifficultyGuardianship = "in-difficulty-guardianship";
    /// <summary>孤儿.</summary>
    public const string Orphan = "orphan";
    /// <summary>事实无人抚养儿童.</summary>
    public const string DeFactoUnsupported = "de-facto-unsupported";
    /// <summary>单亲家庭儿童, in scope only where the jurisdiction's policy pack says so.</summary>
    public const string SingleParentFamily = "single-parent-family";

    public static IReadOnlyList<string> All { get; } =
        [RuralLeftBehind, InDifficultyPoverty, InDifficultyDisability, InDifficultyGuardianship, Orphan, DeFactoUnsupported, SingleParentFamily];
}
