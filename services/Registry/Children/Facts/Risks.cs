namespace ChildProtection.Registry.Children.Facts;

/// <summary>The risk factors that call for more frequent visits (docs/domain.md §3); any other code is a free-form flag.</summary>
public static class RiskFactorCodes
{
    public const string ParentSevereDisability = "parent-severe-disability";
    public const string ChildDisability = "child-disability";
    public const string PsychologicalOrBehaviouralAbnormality = "psychological-or-behavioural-abnormality";
    public const string SingleParentFamily = "single-parent-family";

    /// <summary>The named ones; a free-form flag needs a label.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
        { ParentSevereDisability, ChildDisability, PsychologicalOrBehaviouralAbnormality, SingleParentFamily };
}

/// <summary>A risk factor on the child's file; <paramref name="Disability"/> details a child's own disability.</summary>
public sealed record RiskFactor(string Code, string? Label, Disability? Disability, DateOnly Since, bool Derived);

/// <summary>家庭贫困 the three kinds of family poverty that make a child in difficulty.</summary>
public enum HardshipKind { Living, Medical, Schooling }

/// <summary>A family hardship with its evidence (e.g. a minimum-living-guarantee household, the verification platform's verdict).</summary>
public sealed record FamilyHardship(HardshipKind Kind, string Evidence, DateOnly Since);

/// <summary>监护缺失或监护不当 harm that makes a child in difficulty.</summary>
public enum HarmKind { Abuse, Abandonment, AccidentalInjury, UnlawfulHarm }

/// <summary>A harm the child suffered because guardianship was absent or improper, until resolved.</summary>
public sealed record HarmRecord(Guid HarmId, HarmKind Kind, DateOnly OccurredOn, string Source);
