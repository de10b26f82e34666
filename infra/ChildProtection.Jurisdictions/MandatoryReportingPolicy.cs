namespace ChildProtection.Jurisdictions;

/// <summary>
/// Mandatory reporting (强制报告): the measurable deadlines behind "accept and handle in time, and tell the reporter
/// the outcome" (依法及时受理、处置，并以适当方式将处理结果告知相关单位和人员), and where each situation is routed.
/// </summary>
/// <param name="AcceptWithinHours">A receiving department accepts (受理) or transfers a routed report within so many hours.</param>
/// <param name="OutcomeWithinDays">After accepting, the department records the handling outcome within so many days.</param>
/// <param name="FeedbackWithinDays">After the outcome, the department tells the reporter within so many days.</param>
/// <param name="PoliceSituations">Situation codes (<see cref="ReportableSituations"/>) routed to the police; always every harm situation.</param>
/// <param name="CivilAffairsSituations">Situation codes routed to civil affairs (民政).</param>
/// <param name="EducationSituations">Situation codes routed to education (教育).</param>
/// <param name="DuplicateWindowDays">Reports about the same child and situation filed within so many days are linked.</param>
/// <param name="UnreportedLookbackDays">
/// A police case opened without a report flags a failure to report when no report about the child was filed within so
/// many days before it.
/// </param>
public sealed record MandatoryReportingPolicy(
    int AcceptWithinHours,
    int OutcomeWithinDays,
    int FeedbackWithinDays,
    IReadOnlyList<string> PoliceSituations,
    IReadOnlyList<string> CivilAffairsSituations,
    IReadOnlyList<string> EducationSituations,
    int DuplicateWindowDays,
    int UnreportedLookbackDays);
