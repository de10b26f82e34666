namespace ChildProtection.Visits.Plans;

/// <summary>Contact (联系) or home visit (入户走访).</summary>
public static class VisitKinds
{
    public const string Contact = "contact";
    public const string HomeVisit = "home-visit";
    public static readonly IReadOnlySet<string> All = new HashSet<string>([Contact, HomeVisit], StringComparer.Ordinal);
}

/// <summary>How a contact took place; a home visit is always in person.</summary>
public static class ContactModes
{
    public const string Phone = "phone";
    public const string Video = "video";
    public const string InPerson = "in-person";
    public static readonly IReadOnlySet<string> All = new HashSet<string>([Phone, Video, InPerson], StringComparer.Ordinal);
}

/// <summary>Who was seen or spoken to.</summary>
public static class PeopleSeen
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        ["child", "father", "mother", "guardian", "carer", "other-family", "teacher", "village-committee", "other"], StringComparer.Ordinal);
}

/// <summary>The structured findings of a visit (docs/domain.md §3 "findings that must lead somewhere").</summary>
public static class FindingCodes
{
    /// <summary>被委托照护人缺乏照护能力或怠于履行照护职责: the carer is unable or unwilling.</summary>
    public const string CarerUnableOrUnwilling = "carer-unable-or-unwilling";
    /// <summary>Signs of harm (abuse, injury, neglect): a mandatory report.</summary>
    public const string SignsOfHarm = "signs-of-harm";
    /// <summary>心理或行为异常: referral to health services.</summary>
    public const string PsychologicalOrBehaviouralAbnormality = "psychological-or-behavioural-abnormality";
    /// <summary>A danger to the child's safety (安全隐患): a mandatory report.</summary>
    public const string SafetyHazard = "safety-hazard";
    /// <summary>Signs of dropping out of school: education is notified.</summary>
    public const string DropoutSignal = "dropout-signal";
    /// <summary>The family needs relief: Relief assesses.</summary>
    public const string NeedsRelief = "needs-relief";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        [CarerUnableOrUnwilling, SignsOfHarm, PsychologicalOrBehaviouralAbnormality, SafetyHazard, DropoutSignal, NeedsRelief],
        StringComparer.Ordinal);

    /// <summary>The findings that call for a mandatory report (harm or danger).</summary>
    public static readonly IReadOnlySet<string> Reportable = new HashSet<string>([SignsOfHarm, SafetyHazard], StringComparer.Ordinal);
}

/// <summary>Registry category codes the plan looks at.</summary>
public static class CategoryCodes
{
    public const string RuralLeftBehind = "rural-left-behind";
    public const string SingleParentFamily = "single-parent-family";
    public const string InDifficultyDisability = "in-difficulty-disability";
}
