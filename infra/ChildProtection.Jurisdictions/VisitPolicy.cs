namespace ChildProtection.Jurisdictions;

/// <summary>
/// How often the child director (儿童主任) contacts and visits each child (定期走访制度). Intervals are in
/// calendar months: "at least once a month" is 1, "every three months / every quarter" is 3.
/// </summary>
/// <param name="ContactIntervalMonths">
/// Contact (联系, by phone or in person) at least every so many months; <see langword="null"/> where the
/// place sets no separate contact duty because the home visit is already monthly (Liaoning).
/// </param>
/// <param name="HomeVisitIntervalMonths">Home visit (入户走访) at least every so many months.</param>
/// <param name="RiskHomeVisitIntervalMonths">
/// The home-visit interval when any of <paramref name="RiskFactors"/> applies. The local plans only say
/// 加大走访频次 (visit more often) without a number, so this is a parameter (national default: monthly).
/// </param>
/// <param name="RiskFactors">The <see cref="Jurisdictions.RiskFactors"/> codes that trigger the risk cadence.</param>
/// <param name="VacationVisits">
/// Vacations in each of which one concentrated visit to left-behind children is due on top of the
/// regular cadence (Baotou); empty where there is no such duty.
/// </param>
/// <param name="CarerFailureNotifiesTownshipSupervisor">
/// When a carer is found unable or unwilling to care, the township child supervisor (儿童督导员) is told as well as
/// the parents (Baotou); elsewhere the parents only.
/// </param>
/// <param name="CarerRefusalNotifiesTownshipGovernment">
/// When the parents or carer still refuse after admonishment (the failure is found again after it was escalated),
/// the village committee reports to the township government (乡镇人民政府) (Baotou).
/// </param>
/// <param name="OverdueEscalationDays">
/// Days past a missed due date after which the overdue duty is raised again as an escalation (to the township
/// supervisor). Not in the local plans [open].
/// </param>
public sealed record VisitPolicy(
    int? ContactIntervalMonths,
    int HomeVisitIntervalMonths,
    int RiskHomeVisitIntervalMonths,
    IReadOnlyList<string> RiskFactors,
    IReadOnlyList<VacationWindow> VacationVisits,
    bool CarerFailureNotifiesTownshipSupervisor,
    bool CarerRefusalNotifiesTownshipGovernment,
    int OverdueEscalationDays);
