namespace ChildProtection.Jurisdictions;

/// <summary>Procuratorial instruments' follow-up plans and statutory clocks (docs/domain.md §6).</summary>
/// <param name="SupervisionCheckIns">How many follow-up check-ins a supervision-of-guardianship order (督促监护令) plans by default.</param>
/// <param name="SupervisionCheckInIntervalDays">Days between the order's service (or the previous check-in) and the next planned check-in.</param>
/// <param name="RecommendationReplyMonths">A procuratorial recommendation (检察建议) is replied to in writing within this many months.</param>
/// <param name="RecommendationUrgentReplyDays">An urgent recommendation's reply period, in days.</param>
/// <param name="AdministrativePreSuitReplyMonths">Administrative public-interest litigation: the pre-suit recommendation's reply period, in months.</param>
/// <param name="AdministrativePreSuitUrgentReplyDays">The same when the public interest is being harmed urgently, in days.</param>
/// <param name="CivilNoticeDays">Civil public-interest litigation: the public notice period before filing, in days.</param>
public sealed record ProcuratoratePolicy(
    int SupervisionCheckIns,
    int SupervisionCheckInIntervalDays,
    int RecommendationReplyMonths,
    int RecommendationUrgentReplyDays,
    int AdministrativePreSuitReplyMonths,
    int AdministrativePreSuitUrgentReplyDays,
    int CivilNoticeDays);
