namespace ChildProtection.Jurisdictions;

/// <summary>
/// One pack file as written: identity, then sections that set only what the jurisdiction changes.
/// A field left out is inherited from the next shorter prefix, down to the national pack.
/// </summary>
internal sealed class PackDocument
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string RegionPrefix { get; init; }
    public required string Name { get; init; }
    public required string Source { get; init; }
    public VisitsSection? Visits { get; init; }
    public CareAgreementSection? CareAgreement { get; init; }
    public CategoriesSection? Categories { get; init; }
    public ReportingSection? Reporting { get; init; }
    public ReliefSection? Relief { get; init; }
    public DirectorsSection? Directors { get; init; }
    public MandatoryReportingSection? MandatoryReporting { get; init; }
    public PoliceSection? Police { get; init; }
    public ProcuratorateSection? Procuratorate { get; init; }
    public CourtSection? Court { get; init; }

    public IEnumerable<(string Name, PackSection? Section)> Sections()
    {
        yield return ("visits", Visits);
        yield return ("careAgreement", CareAgreement);
        yield return ("categories", Categories);
        yield return ("reporting", Reporting);
        yield return ("relief", Relief);
        yield return ("directors", Directors);
        yield return ("mandatoryReporting", MandatoryReporting);
        yield return ("police", Police);
        yield return ("procuratorate", Procuratorate);
        yield return ("court", Court);
    }
}

/// <summary>
/// A section's citations: <c>source</c> for all its values, <c>sources</c> per field where a value
/// comes from another clause.
/// </summary>
internal abstract class PackSection
{
    public string? Source { get; init; }
    public Dictionary<string, string>? Sources { get; init; }

    public string? SourceOf(string field) => Sources?.GetValueOrDefault(field) ?? Source;
}

internal sealed class VisitsSection : PackSection
{
    public Setting<int?> ContactIntervalMonths { get; init; }
    public Setting<int> HomeVisitIntervalMonths { get; init; }
    public Setting<int> RiskHomeVisitIntervalMonths { get; init; }
    public Setting<string[]> RiskFactors { get; init; }
    public Setting<VacationWindow[]> VacationVisits { get; init; }
    public Setting<bool> CarerFailureNotifiesTownshipSupervisor { get; init; }
    public Setting<bool> CarerRefusalNotifiesTownshipGovernment { get; init; }
    public Setting<int> OverdueEscalationDays { get; init; }
}

internal sealed class CareAgreementSection : PackSection
{
    public Setting<bool> RequiredWhenCarerNotDirectRelative { get; init; }
    public Setting<bool> RequiredForAllRuralLeftBehind { get; init; }
}

internal sealed class CategoriesSection : PackSection
{
    public Setting<bool> SingleParentFamilyInScope { get; init; }
    public Setting<bool> AnnualSurveyIncludesRuralSingleParent { get; init; }
    public Setting<string[]> GuardianshipAssessmentCategories { get; init; }
}

internal sealed class ReportingSection : PackSection
{
    public Setting<MonthDay?> AnnualReportByCountyDue { get; init; }
    public Setting<MonthDay?> AnnualReportByCityDue { get; init; }
    public Setting<bool> HalfYearlyProgressReports { get; init; }
    public Setting<bool> HalfYearlySupervision { get; init; }
}

internal sealed class ReliefSection : PackSection
{
    public Setting<int> RehabilitationAidMinAgeYears { get; init; }
    public Setting<int> RehabilitationAidMaxAgeYears { get; init; }
    public Setting<bool> RehabilitationAidResidencePermitQualifies { get; init; }
    public Setting<int> AllowanceMonthlyYuan { get; init; }
    public Setting<int> AllowanceMaxAgeYears { get; init; }
    public Setting<int> ExtremePovertyMaxAgeYears { get; init; }
    public Setting<int> AllowanceReviewMonths { get; init; }
    public Setting<int> MinimumLivingReviewMonths { get; init; }
    public Setting<int> ExtremePovertyReviewMonths { get; init; }
    public Setting<int> RehabilitationAidReviewMonths { get; init; }
    public Setting<bool> HardshipRoutedToSocialAssistance { get; init; }
}

internal sealed class DirectorsSection : PackSection
{
    public Setting<int> AdditionalDirectorsWhenTargetChildrenExceed { get; init; }
}

internal sealed class MandatoryReportingSection : PackSection
{
    public Setting<int> AcceptWithinHours { get; init; }
    public Setting<int> OutcomeWithinDays { get; init; }
    public Setting<int> FeedbackWithinDays { get; init; }
    public Setting<string[]> PoliceSituations { get; init; }
    public Setting<string[]> CivilAffairsSituations { get; init; }
    public Setting<string[]> EducationSituations { get; init; }
    public Setting<int> DuplicateWindowDays { get; init; }
    public Setting<int> UnreportedLookbackDays { get; init; }
}

internal sealed class PoliceSection : PackSection
{
    public Setting<int> RecommendationReplyMonths { get; init; }
}

internal sealed class ProcuratorateSection : PackSection
{
    public Setting<int> SupervisionCheckIns { get; init; }
    public Setting<int> SupervisionCheckInIntervalDays { get; init; }
    public Setting<int> RecommendationReplyMonths { get; init; }
    public Setting<int> RecommendationUrgentReplyDays { get; init; }
    public Setting<int> AdministrativePreSuitReplyMonths { get; init; }
    public Setting<int> AdministrativePreSuitUrgentReplyDays { get; init; }
    public Setting<int> CivilNoticeDays { get; init; }
}

internal sealed class CourtSection : PackSection
{
    public Setting<int> ProtectionOrderDecisionHours { get; init; }
    public Setting<int> ProtectionOrderUrgentDecisionHours { get; init; }
    public Setting<int> PresidentEscalationHours { get; init; }
    public Setting<int> JudicialRecommendationReplyMonths { get; init; }
    public Setting<int> RevocationPetitionWindowDays { get; init; }
}
