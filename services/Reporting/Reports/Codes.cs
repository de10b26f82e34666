namespace ChildProtection.Reporting.Reports;

/// <summary>The closed vocabularies of a mandatory report.</summary>
public static class Codes
{
    /// <summary>
    /// The units that must report (Minors Protection Law art. 11, 130; 2020 opinion art. 3): 学校, 幼儿园, 医疗机构, 村(居)委会,
    /// 旅店宾馆, 救助管理/儿童福利机构, 校外培训机构, 托育机构, 家政服务机构, 国家机关, 其他.
    /// </summary>
    public static readonly IReadOnlySet<string> UnitTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "school", "kindergarten", "medical-institution", "village-committee", "residents-committee", "hotel",
        "welfare-institution", "rescue-institution", "training-provider", "childcare", "domestic-service-agency", "state-organ", "other",
    };

    /// <summary>How the report came in. <c>visit-escalation</c> is filed by the platform from a visit finding.</summary>
    public const string VisitEscalation = "visit-escalation";

    /// <summary>Channels a person may file through over HTTP.</summary>
    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(StringComparer.Ordinal) { "web", "hotline-12355", "police-walk-in" };

    /// <summary>How urgent the reporter judges it.</summary>
    public static readonly IReadOnlySet<string> Urgencies = new HashSet<string>(StringComparer.Ordinal) { "immediate", "urgent", "normal" };

    /// <summary>The departments a report is routed to (docs/domain.md §4: police, civil affairs, education).</summary>
    public static readonly IReadOnlyList<string> ReceivingDepartments = ["police", "civil-affairs", "education"];

    /// <summary>Handling steps a department records.</summary>
    public static readonly IReadOnlySet<string> StepKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "contacted-reporter", "visited-child", "child-placed", "guardian-contacted", "referred", "case-opened", "other",
    };

    /// <summary>Outcome codes a department records over HTTP (the police's own codes arrive from the police case).</summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal)
    {
        "measures-taken", "child-placed", "case-filed", "admonished", "referred", "no-harm-found", "other",
    };

    /// <summary>How the outcome reached the reporter (以适当方式).</summary>
    public static readonly IReadOnlySet<string> FeedbackMethods = new HashSet<string>(StringComparer.Ordinal) { "phone", "in-person", "letter", "platform" };
}
