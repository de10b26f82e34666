namespace ChildProtection.Jurisdictions;

/// <summary>Recurring progress reports and supervision of the three-year action, by reporting level.</summary>
/// <param name="AnnualReportByCountyDue">
/// Each year a county-level civil-affairs bureau (区/县民政局) reports progress (and, in Tianjin, its
/// self-inspection) to the level above by this day; <see langword="null"/> when no date is set.
/// </param>
/// <param name="AnnualReportByCityDue">
/// Each year a city-level civil-affairs bureau (市民政局) reports progress to the province by this day;
/// <see langword="null"/> when no date is set.
/// </param>
/// <param name="HalfYearlyProgressReports">Progress is reported to (or collected by) the level above every half-year.</param>
/// <param name="HalfYearlySupervision">The city civil-affairs bureau supervises (督导) the counties every half-year.</param>
public sealed record ReportingPolicy(
    MonthDay? AnnualReportByCountyDue,
    MonthDay? AnnualReportByCityDue,
    bool HalfYearlyProgressReports,
    bool HalfYearlySupervision);
