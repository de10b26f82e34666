namespace ChildProtection.Jurisdictions;

/// <summary>
/// The dotted path of every policy value, as written in packs (<c>section.field</c>) and as the keys of
/// <see cref="EffectivePolicy.Sources"/> and <see cref="PolicyExplanation.Values"/>.
/// </summary>
public static class PolicyPaths
{
    /// <summary><see cref="VisitPolicy.ContactIntervalMonths"/>.</summary>
    public const string ContactIntervalMonths = "visits.contactIntervalMonths";
    /// <summary><see cref="VisitPolicy.HomeVisitIntervalMonths"/>.</summary>
    public const string HomeVisitIntervalMonths = "visits.homeVisitIntervalMonths";
    /// <summary><see cref="VisitPolicy.RiskHomeVisitIntervalMonths"/>.</summary>
    public const string RiskHomeVisitIntervalMonths = "visits.riskHomeVisitIntervalMonths";
    /// <summary><see cref="VisitPolicy.RiskFactors"/>.</summary>
    public const string RiskFactors = "visits.riskFactors";
    /// <summary><see cref="VisitPolicy.VacationVisits"/>.</summary>
    public const string VacationVisits = "visits.vacationVisits";
    /// <summary><see cref="VisitPolicy.CarerFailureNotifiesTownshipSupervisor"/>.</summary>
    public const string CarerFailureNotifiesTownshipSupervisor = "visits.carerFailureNotifiesTownshipSupervisor";
    /// <summary><see cref="VisitPolicy.CarerRefusalNotifiesTownshipGovernment"/>.</summary>
    public const string CarerRefusalNotifiesTownshipGovernment = "visits.carerRefusalNotifiesTownshipGovernment";
    /// <summary><see cref="VisitPolicy.OverdueEscalationDays"/>.</summary>
    public const string OverdueEscalationDays = "visits.overdueEscalationDays";

    /// <summary><see cref="CareAgreementPolicy.RequiredWhenCarerNotDirectRelative"/>.</summary>
    public const string CareAgreementRequiredWhenCarerNotDirectRelative = "careAgreement.requiredWhenCarerNotDirectRelative";
    /// <summary><see cref="CareAgreementPolicy.RequiredForAllRuralLeftBehind"/>.</summary>
    public const string CareAgreementRequiredForAllRuralLeftBehind = "careAgreement.requiredForAllRuralLeftBehind";

    /// <summary><see cref="CategoryPolicy.SingleParentFamilyInScope"/>.</summary>
    public const string SingleParentFamilyInScope = "categories.singleParentFamilyInScope";
    /// <summary><see cref="CategoryPolicy.AnnualSurveyIncludesRuralSingleParent"/>.</summary>
    public const string AnnualSurveyIncludesRuralSingleParent = "categories.annualSurveyIncludesRuralSingleParent";
    /// <summary><see cref="CategoryPolicy.GuardianshipAssessmentCategories"/>.</summary>
    public const string GuardianshipAssessmentCategories = "categories.guardianshipAssessmentCategories";

    /// <summary><see cref="ReportingPolicy.AnnualReportByCountyDue"/>.</summary>
    public const string AnnualReportByCountyDue = "reporting.annualReportByCountyDue";
    /// <summary><see cref="ReportingPolicy.AnnualReportByCityDue"/>.</summary>
    public const string AnnualReportByCityDue = "reporting.annualReportByCityDue";
    /// <summary><see cref="ReportingPolicy.HalfYearlyProgressReports"/>.</summary>
    public const string HalfYearlyProgressReports = "reporting.halfYearlyProgressReports";
    /// <summary><see cref="ReportingPolicy.HalfYearlySupervision"/>.</summary>
    public const string HalfYearlySupervision = "reporting.halfYearlySupervision";

    /// <summary><see cref="ReliefPolicy.RehabilitationAidMinAgeYears"/>.</summary>
    public const string RehabilitationAidMinAgeYears = "relief.rehabilitationAidMinAgeYears";
    /// <summary><see cref="ReliefPolicy.RehabilitationAidMaxAgeYears"/>.</summary>
    public const string RehabilitationAidMaxAgeYears = "relief.rehabilitationAidMaxAgeYears";
    /// <summary><see cref="ReliefPolicy.RehabilitationAidResidencePermitQualifies"/>.</summary>
    public const string RehabilitationAidResidencePermitQualifies = "relief.rehabilitationAidResidencePermitQualifies";
    /// <summary><see cref="ReliefPolicy.AllowanceMonthlyYuan"/>.</summary>
    public const string AllowanceMonthlyYuan = "relief.allowanceMonthlyYuan";
    /// <summary><see cref="ReliefPolicy.AllowanceMaxAgeYears"/>.</summary>
    public const string AllowanceMaxAgeYears = "relief.allowanceMaxAgeYears";
    /// <summary><see cref="ReliefPolicy.ExtremePovertyMaxAgeYears"/>.</summary>
    public const string ExtremePovertyMaxAgeYears = "relief.extremePovertyMaxAgeYears";
    /// <summary><see cref="ReliefPolicy.AllowanceReviewMonths"/>.</summary>
    public const string AllowanceReviewMonths = "relief.allowanceReviewMonths";
    /// <summary><see cref="ReliefPolicy.MinimumLivingReviewMonths"/>.</summary>
    public const string MinimumLivingReviewMonths = "relief.minimumLivingReviewMonths";
    /// <summary><see cref="ReliefPolicy.ExtremePovertyReviewMonths"/>.</summary>
    public const string ExtremePovertyReviewMonths = "relief.extremePovertyReviewMonths";
    /// <summary><see cref="ReliefPolicy.RehabilitationAidReviewMonths"/>.</summary>
    public const string RehabilitationAidReviewMonths = "relief.rehabilitationAidReviewMonths";
    /// <summary><see cref="ReliefPolicy.HardshipRoutedToSocialAssistance"/>.</summary>
    public const string HardshipRoutedToSocialAssistance = "relief.hardshipRoutedToSocialAssistance";

    /// <summary><see cref="DirectorPolicy.AdditionalDirectorsWhenTargetChildrenExceed"/>.</summary>
    public const string AdditionalDirectorsWhenTargetChildrenExceed = "directors.additionalDirectorsWhenTargetChildrenExceed";

    /// <summary><see cref="MandatoryReportingPolicy.AcceptWithinHours"/>.</summary>
    public const string AcceptWithinHours = "mandatoryReporting.acceptWithinHours";
    /// <summary><see cref="MandatoryReportingPolicy.OutcomeWithinDays"/>.</summary>
    public const string OutcomeWithinDays = "mandatoryReporting.outcomeWithinDays";
    /// <summary><see cref="MandatoryReportingPolicy.FeedbackWithinDays"/>.</summary>
    public const string FeedbackWithinDays = "mandatoryReporting.feedbackWithinDays";
    /// <summary><see cref="MandatoryReportingPolicy.PoliceSituations"/>.</summary>
    public const string PoliceSituations = "mandatoryReporting.policeSituations";
    /// <summary><see cref="MandatoryReportingPolicy.CivilAffairsSituations"/>.</summary>
    public const string CivilAffairsSituations = "mandatoryReporting.civilAffairsSituations";
    /// <summary><see cref="MandatoryReportingPolicy.EducationSituations"/>.</summary>
    public const string EducationSituations = "mandatoryReporting.educationSituations";
    /// <summary><see cref="MandatoryReportingPolicy.DuplicateWindowDays"/>.</summary>
    public const string DuplicateWindowDays = "mandatoryReporting.duplicateWindowDays";
    /// <summary><see cref="MandatoryReportingPolicy.UnreportedLookbackDays"/>.</summary>
    public const string UnreportedLookbackDays = "mandatoryReporting.unreportedLookbackDays";
    /// <summary><see cref="PolicePolicy.RecommendationReplyMonths"/>.</summary>
    public const string PoliceRecommendationReplyMonths = "police.recommendationReplyMonths";
    /// <summary><see cref="ProcuratoratePolicy.SupervisionCheckIns"/>.</summary>
    public const string SupervisionCheckIns = "procuratorate.supervisionCheckIns";
    /// <summary><see cref="ProcuratoratePolicy.SupervisionCheckInIntervalDays"/>.</summary>
    public const string SupervisionCheckInIntervalDays = "procuratorate.supervisionCheckInIntervalDays";
    /// <summary><see cref="ProcuratoratePolicy.RecommendationReplyMonths"/>.</summary>
    public const string RecommendationReplyMonths = "procuratorate.recommendationReplyMonths";
    /// <summary><see cref="ProcuratoratePolicy.RecommendationUrgentReplyDays"/>.</summary>
    public const string RecommendationUrgentReplyDays = "procuratorate.recommendationUrgentReplyDays";
    /// <summary><see cref="ProcuratoratePolicy.AdministrativePreSuitReplyMonths"/>.</summary>
    public const string AdministrativePreSuitReplyMonths = "procuratorate.administrativePreSuitReplyMonths";
    /// <summary><see cref="ProcuratoratePolicy.AdministrativePreSuitUrgentReplyDays"/>.</summary>
    public const string AdministrativePreSuitUrgentReplyDays = "procuratorate.administrativePreSuitUrgentReplyDays";
    /// <summary><see cref="ProcuratoratePolicy.CivilNoticeDays"/>.</summary>
    public const string CivilNoticeDays = "procuratorate.civilNoticeDays";
    /// <summary><see cref="CourtPolicy.ProtectionOrderDecisionHours"/>.</summary>
    public const string ProtectionOrderDecisionHours = "court.protectionOrderDecisionHours";
    /// <summary><see cref="CourtPolicy.ProtectionOrderUrgentDecisionHours"/>.</summary>
    public const string ProtectionOrderUrgentDecisionHours = "court.protectionOrderUrgentDecisionHours";
    /// <summary><see cref="CourtPolicy.PresidentEscalationHours"/>.</summary>
    public const string PresidentEscalationHours = "court.presidentEscalationHours";
    /// <summary><see cref="CourtPolicy.JudicialRecommendationReplyMonths"/>.</summary>
    public const string JudicialRecommendationReplyMonths = "court.judicialRecommendationReplyMonths";
    /// <summary><see cref="CourtPolicy.RevocationPetitionWindowDays"/>.</summary>
    public const string RevocationPetitionWindowDays = "court.revocationPetitionWindowDays";
}
