namespace ChildProtection.Jurisdictions;

/// <summary>
/// The circumstances for which the plans say 儿童主任要加大走访频次 (the child director visits more often).
/// Packs list them by these codes in <c>visits.riskFactors</c>.
/// </summary>
public static class RiskFactors
{
    /// <summary>One or both parents severely physically or intellectually disabled (父母双方或一方存在严重身体或智力残疾).</summary>
    public const string ParentSevereDisability = "parent-severe-disability";

    /// <summary>The child is physically or intellectually disabled (儿童自身存在身体或智力残疾).</summary>
    public const string ChildDisability = "child-disability";

    /// <summary>Psychological or behavioural abnormality (有心理或行为异常).</summary>
    public const string PsychologicalOrBehaviouralAbnormality = "psychological-or-behavioural-abnormality";

    /// <summary>Single-parent family (单亲家庭儿童), a risk in Shanxi.</summary>
    public const string SingleParentFamily = "single-parent-family";

    /// <summary>Every code a pack may use.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(
        [ParentSevereDisability, ChildDisability, PsychologicalOrBehaviouralAbnormality, SingleParentFamily],
        StringComparer.Ordinal);
}
