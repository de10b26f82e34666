namespace ChildProtection.Jurisdictions;

/// <summary>
/// The situations a mandatory report (强制报告) names: the nine of the 2020 opinion 《关于建立侵害未成年人案件强制报告制度的意见（试行）》
/// art. 4, plus <see cref="OtherDanger"/> for "other danger" found in the course of work that is no suspected offence
/// (Minors Protection Law art. 11: 面临其他危险情形). Packs route them by these codes in <c>mandatoryReporting.*Situations</c>.
/// </summary>
public static class ReportableSituations
{
    /// <summary>(一) 未成年人的生殖器官或隐私部位遭受或疑似遭受非正常损伤.</summary>
    public const string PrivatePartsInjury = "private-parts-injury";
    /// <summary>(二) 不满十四周岁的女性未成年人遭受或疑似遭受性侵害、怀孕、流产.</summary>
    public const string GirlUnder14AssaultOrPregnancy = "girl-under-14-assault-or-pregnancy";
    /// <summary>(三) 十四周岁以上女性未成年人遭受或疑似遭受性侵害所致怀孕、流产.</summary>
    public const string Girl14PlusPregnancyFromAssault = "girl-14-plus-pregnancy-from-assault";
    /// <summary>(四) 身体存在多处损伤、严重营养不良、意识不清，存在或疑似存在受到家庭暴力、欺凌、虐待、殴打或者被人麻醉等情形.</summary>
    public const string InjuriesSuggestingViolence = "injuries-suggesting-violence";
    /// <summary>(五) 因自杀、自残、工伤、中毒、被人麻醉、殴打等非正常原因导致伤残、死亡情形.</summary>
    public const string AbnormalInjuryOrDeath = "abnormal-injury-or-death";
    /// <summary>(六) 被遗弃或长期处于无人照料状态.</summary>
    public const string AbandonedOrWithoutCare = "abandoned-or-without-care";
    /// <summary>(七) 发现未成年人来源不明、失踪或者被拐卖、收买.</summary>
    public const string UnknownOriginMissingOrTrafficked = "unknown-origin-missing-or-trafficked";
    /// <summary>(八) 发现未成年人被组织乞讨.</summary>
    public const string OrganisedBegging = "organised-begging";
    /// <summary>(九) 其他严重侵害未成年人身心健康的情形或未成年人正在面临不法侵害危险的.</summary>
    public const string OtherSeriousHarm = "other-serious-harm";
    /// <summary>Other danger found in the course of work (面临其他危险情形), not one of the nine.</summary>
    public const string OtherDanger = "other-danger";

    /// <summary>The nine situations of the 2020 opinion (suspected harm: the police must be told).</summary>
    public static IReadOnlyList<string> Harm { get; } =
    [
        PrivatePartsInjury, GirlUnder14AssaultOrPregnancy, Girl14PlusPregnancyFromAssault, InjuriesSuggestingViolence,
        AbnormalInjuryOrDeath, AbandonedOrWithoutCare, UnknownOriginMissingOrTrafficked, OrganisedBegging, OtherSeriousHarm,
    ];

    /// <summary>Every code a report or a pack may use.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>([.. Harm, OtherDanger], StringComparer.Ordinal);
}
