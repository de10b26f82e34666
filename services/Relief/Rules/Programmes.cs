namespace ChildProtection.Relief.Rules;

/// <summary>The relief programmes (docs/domain.md §9) and their codes.</summary>
public static class Programmes
{
    /// <summary>孤儿基本生活保障金.</summary>
    public const string OrphanAllowance = "orphan-allowance";
    /// <summary>事实无人抚养儿童基本生活补贴 (same standard as orphans).</summary>
    public const string DeFactoUnsupportedAllowance = "de-facto-unsupported-allowance";
    /// <summary>最低生活保障 低保.</summary>
    public const string MinimumLivingGuarantee = "minimum-living-guarantee";
    /// <summary>特困人员救助供养.</summary>
    public const string ExtremePovertySupport = "extreme-poverty-support";
    /// <summary>临时救助.</summary>
    public const string TemporaryAssistance = "temporary-assistance";
    /// <summary>残疾儿童康复救助.</summary>
    public const string RehabilitationAid = "rehabilitation-aid";

    public static readonly IReadOnlyList<string> All =
        [OrphanAllowance, DeFactoUnsupportedAllowance, MinimumLivingGuarantee, ExtremePovertySupport, TemporaryAssistance, RehabilitationAid];

    /// <summary>The two allowances: paid monthly at the pack's standard, without public notice.</summary>
    public static bool IsAllowance(string programme) => programme is OrphanAllowance or DeFactoUnsupportedAllowance;
}

/// <summary>Registry's category codes Relief reads.</summary>
public static class Categories
{
    public const string Orphan = "orphan";
    public const string DeFactoUnsupported = "de-facto-unsupported";
    public const string Poverty = "in-difficulty-poverty";
    public const string Disability = "in-difficulty-disability";
    public const string Guardianship = "in-difficulty-guardianship";
}
