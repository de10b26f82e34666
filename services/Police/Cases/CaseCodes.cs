using ChildProtection.Jurisdictions;

namespace ChildProtection.Police.Cases;

/// <summary>Where a case came from.</summary>
public static class CaseSources
{
    /// <summary>An accepted mandatory report (强制报告) routed to the police.</summary>
    public const string MandatoryReport = "mandatory-report";
    /// <summary>A village or residents' committee reporting a guardian who fails the child (Minors Protection Law art. 118).</summary>
    public const string VillageCommittee = "village-committee";
    /// <summary>Opened by an officer (a call, a patrol, a walk-in).</summary>
    public const string Direct = "direct";
}

/// <summary>The kind of case: a check before deciding, then administrative (行政) or criminal (刑事).</summary>
public static class CaseKinds
{
    public const string PendingReview = "pending-review";
    public const string Administrative = "administrative";
    public const string Criminal = "criminal";

    public static readonly string[] Decided = [Administrative, Criminal];
    public static readonly string[] All = [PendingReview, Administrative, Criminal];
}

/// <summary>
/// The situations a case is about: the reportable situations every service shares
/// (<see cref="ReportableSituations"/>: the nine of the 2020 opinion plus other danger, so a case opened from a report
/// keeps the report's codes), plus the guardianship failures the police also act on.
/// </summary>
public static class CaseSituations
{
    public const string GuardianFailingDuties = "guardian-failing-duties";
    public const string DomesticViolence = "domestic-violence";

    public static readonly string[] All = [.. ReportableSituations.Harm, ReportableSituations.OtherDanger, GuardianFailingDuties, DomesticViolence];
}

/// <summary>
/// How a case ends, each with the one line the reporter may be told (no names, no details: the reporter's loop in
/// Reporting shows it as is).
/// </summary>
public static class CaseOutcomes
{
    public const string Admonished = "admonished";
    public const string GuidanceOrdered = "guidance-ordered";
    public const string WarningIssued = "warning-issued";
    public const string AdministrativePenalty = "administrative-penalty";
    public const string CriminalCaseFiled = "criminal-case-filed";
    public const string ReferredToProcuratorate = "referred-to-procuratorate";
    public const string ChildPlaced = "child-placed";
    public const string NoOffenceFound = "no-offence-found";
    public const string Transferred = "transferred";

    private static readonly Dictionary<string, string> Summaries = new(StringComparer.Ordinal)
    {
        [Admonished] = "The police handled the report: the guardian was admonished.",
        [GuidanceOrdered] = "The police handled the report: the guardian was admonished and ordered to receive family-education guidance.",
        [WarningIssued] = "The police handled the report: a domestic-violence warning was issued.",
        [AdministrativePenalty] = "The police handled the report: an administrative penalty was imposed.",
        [CriminalCaseFiled] = "The police handled the report: a criminal case was filed.",
        [ReferredToProcuratorate] = "The police handled the report and referred it to the procuratorate.",
        [ChildPlaced] = "The police handled the report: the child was placed in safe care with civil affairs.",
        [NoOffenceFound] = "The police looked into the report and found no offence.",
        [Transferred] = "The police transferred the report to the competent unit.",
    };

    /// <summary>The outcomes an officer may close a case with (a transfer has its own command).</summary>
    public static readonly string[] Closing = [.. Summaries.Keys.Where(k => k != Transferred)];

    /// <summary>The reporter-safe line for an outcome.</summary>
    public static string SummaryOf(string outcome) => Summaries[outcome];
}

/// <summary>The grounds of a referral to the procuratorate.</summary>
public static class ReferralGrounds
{
    public static readonly string[] All =
        ["guardian-failing-duties", "suspected-crime", "admonition-ignored", "guidance-refused", "unit-failing-duties", "public-interest"];
}
