namespace ChildProtection.Jurisdictions;

/// <summary>
/// Builds the effective policy from a chain of packs (most specific first, national last): each value
/// from the first pack that sets it, recording which pack and which citation.
/// </summary>
internal sealed class PolicyResolver
{
    private readonly IReadOnlyList<LoadedPack> _chain;
    private readonly Dictionary<string, PolicyValueSource> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    private PolicyResolver(IReadOnlyList<LoadedPack> chain) => _chain = chain;

    public static EffectivePolicy Resolve(string regionCode, IReadOnlyList<LoadedPack> chain)
    {
        var r = new PolicyResolver(chain);
        var visits = new VisitPolicy(
            r.Pick(PolicyPaths.ContactIntervalMonths, d => d.Visits, s => s.ContactIntervalMonths),
            r.Pick(PolicyPaths.HomeVisitIntervalMonths, d => d.Visits, s => s.HomeVisitIntervalMonths),
            r.Pick(PolicyPaths.RiskHomeVisitIntervalMonths, d => d.Visits, s => s.RiskHomeVisitIntervalMonths),
            Array.AsReadOnly(r.Pick(PolicyPaths.RiskFactors, d => d.Visits, s => s.RiskFactors)),
            Array.AsReadOnly(r.Pick(PolicyPaths.VacationVisits, d => d.Visits, s => s.VacationVisits)),
            r.Pick(PolicyPaths.CarerFailureNotifiesTownshipSupervisor, d => d.Visits, s => s.CarerFailureNotifiesTownshipSupervisor),
            r.Pick(PolicyPaths.CarerRefusalNotifiesTownshipGovernment, d => d.Visits, s => s.CarerRefusalNotifiesTownshipGovernment),
            r.Pick(PolicyPaths.OverdueEscalationDays, d => d.Visits, s => s.OverdueEscalationDays));
        var careAgreement = new CareAgreementPolicy(
            r.Pick(PolicyPaths.CareAgreementRequiredWhenCarerNotDirectRelative, d => d.CareAgreement, s => s.RequiredWhenCarerNotDirectRelative),
            r.Pick(PolicyPaths.CareAgreementRequiredForAllRuralLeftBehind, d => d.CareAgreement, s => s.RequiredForAllRuralLeftBehind));
        var categories = new CategoryPolicy(
            r.Pick(PolicyPaths.SingleParentFamilyInScope, d => d.Categories, s => s.SingleParentFamilyInScope),
            r.Pick(PolicyPaths.AnnualSurveyIncludesRuralSingleParent, d => d.Categories, s => s.AnnualSurveyIncludesRuralSingleParent),
            Array.AsReadOnly(r.Pick(PolicyPaths.GuardianshipAssessmentCategories, d => d.Categories, s => s.GuardianshipAssessmentCategories)));
        var reporting = new ReportingPolicy(
            r.Pick(PolicyPaths.AnnualReportByCountyDue, d => d.Reporting, s => s.AnnualReportByCountyDue),
            r.Pick(PolicyPaths.AnnualReportByCityDue, d => d.Reporting, s => s.AnnualReportByCityDue),
            r.Pick(PolicyPaths.HalfYearlyProgressReports, d => d.Reporting, s => s.HalfYearlyProgressReports),
            r.Pick(PolicyPaths.HalfYearlySupervision, d => d.Reporting, s => s.HalfYearlySupervision));
        var relief = new ReliefPolicy(
            r.Pick(PolicyPaths.RehabilitationAidMinAgeYears, d => d.Relief, s => s.RehabilitationAidMinAgeYears),
            r.Pick(PolicyPaths.RehabilitationAidMaxAgeYears, d => d.Relief, s => s.RehabilitationAidMaxAgeYears),
            r.Pick(PolicyPaths.RehabilitationAidResidencePermitQualifies, d => d.Relief, s => s.RehabilitationAidResidencePermitQualifies))
        {
            AllowanceMonthlyYuan = r.Pick(PolicyPaths.AllowanceMonthlyYuan, d => d.Relief, s => s.AllowanceMonthlyYuan),
            AllowanceMaxAgeYears = r.Pick(PolicyPaths.AllowanceMaxAgeYears, d => d.Relief, s => s.AllowanceMaxAgeYears),
            ExtremePovertyMaxAgeYears = r.Pick(PolicyPaths.ExtremePovertyMaxAgeYears, d => d.Relief, s => s.ExtremePovertyMaxAgeYears),
            AllowanceReviewMonths = r.Pick(PolicyPaths.AllowanceReviewMonths, d => d.Relief, s => s.AllowanceReviewMonths),
            MinimumLivingReviewMonths = r.Pick(PolicyPaths.MinimumLivingReviewMonths, d => d.Relief, s => s.MinimumLivingReviewMonths),
            ExtremePovertyReviewMonths = r.Pick(PolicyPaths.ExtremePovertyReviewMonths, d => d.Relief, s => s.ExtremePovertyReviewMonths),
            RehabilitationAidReviewMonths = r.Pick(PolicyPaths.RehabilitationAidReviewMonths, d => d.Relief, s => s.RehabilitationAidReviewMonths),
            HardshipRoutedToSocialAssistance = r.Pick(PolicyPaths.HardshipRoutedToSocialAssistance, d => d.Relief, s => s.HardshipRoutedToSocialAssistance),
        };
        var directors = new DirectorPolicy(
            r.Pick(PolicyPaths.AdditionalDirectorsWhenTargetChildrenExceed, d => d.Directors, s => s.AdditionalDirectorsWhenTargetChildrenExceed));
        var mandatoryReporting = new MandatoryReportingPolicy(
            r.Pick(PolicyPaths.AcceptWithinHours, d => d.MandatoryReporting, s => s.AcceptWithinHours),
            r.Pick(PolicyPaths.OutcomeWithinDays, d => d.MandatoryReporting, s => s.OutcomeWithinDays),
            r.Pick(PolicyPaths.FeedbackWithinDays, d => d.MandatoryReporting, s => s.FeedbackWithinDays),
            Array.AsReadOnly(r.Pick(PolicyPaths.PoliceSituations, d => d.MandatoryReporting, s => s.PoliceSituations)),
            Array.AsReadOnly(r.Pick(PolicyPaths.CivilAffairsSituations, d => d.MandatoryReporting, s => s.CivilAffairsSituations)),
            Array.AsReadOnly(r.Pick(PolicyPaths.EducationSituations, d => d.MandatoryReporting, s => s.EducationSituations)),
            r.Pick(PolicyPaths.DuplicateWindowDays, d => d.MandatoryReporting, s => s.DuplicateWindowDays),
            r.Pick(PolicyPaths.UnreportedLookbackDays, d => d.MandatoryReporting, s => s.UnreportedLookbackDays));
        var police = new PolicePolicy(
            r.Pick(PolicyPaths.PoliceRecommendationReplyMonths, d => d.Police, s => s.RecommendationReplyMonths));
        var procuratorate = new ProcuratoratePolicy(
            r.Pick(PolicyPaths.SupervisionCheckIns, d => d.Procuratorate, s => s.SupervisionCheckIns),
            r.Pick(PolicyPaths.SupervisionCheckInIntervalDays, d => d.Procuratorate, s => s.SupervisionCheckInIntervalDays),
            r.Pick(PolicyPaths.RecommendationReplyMonths, d => d.Procuratorate, s => s.RecommendationReplyMonths),
            r.Pick(PolicyPaths.RecommendationUrgentReplyDays, d => d.Procuratorate, s => s.RecommendationUrgentReplyDays),
            r.Pick(PolicyPaths.AdministrativePreSuitReplyMonths, d => d.Procuratorate, s => s.AdministrativePreSuitReplyMonths),
            r.Pick(PolicyPaths.AdministrativePreSuitUrgentReplyDays, d => d.Procuratorate, s => s.AdministrativePreSuitUrgentReplyDays),
            r.Pick(PolicyPaths.CivilNoticeDays, d => d.Procuratorate, s => s.CivilNoticeDays));
        var court = new CourtPolicy(
            r.Pick(PolicyPaths.ProtectionOrderDecisionHours, d => d.Court, s => s.ProtectionOrderDecisionHours),
            r.Pick(PolicyPaths.ProtectionOrderUrgentDecisionHours, d => d.Court, s => s.ProtectionOrderUrgentDecisionHours),
            r.Pick(PolicyPaths.PresidentEscalationHours, d => d.Court, s => s.PresidentEscalationHours),
            r.Pick(PolicyPaths.JudicialRecommendationReplyMonths, d => d.Court, s => s.JudicialRecommendationReplyMonths),
            r.Pick(PolicyPaths.RevocationPetitionWindowDays, d => d.Court, s => s.RevocationPetitionWindowDays));

        return new EffectivePolicy(
            regionCode,
            chain.Select(p => p.Document.Id).ToList().AsReadOnly(),
            visits, careAgreement, categories, reporting, relief, directors, mandatoryReporting,
            r._sources.AsReadOnly())
        {
            Values = r._values.AsReadOnly(),
            Police = police,
            Procuratorate = procuratorate,
            Court = court,
        };
    }

    private T Pick<TSection, T>(string path, Func<PackDocument, TSection?> section, Func<TSection, Setting<T>> field)
        where TSection : PackSection
    {
        var fieldName = path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..];
        foreach (var pack in _chain)
        {
            if (section(pack.Document) is { } s && field(s) is { IsSet: true } setting)
            {
                var document = pack.Document;
                _sources[path] = new PolicyValueSource(document.Id, document.Version, document.RegionPrefix, s.SourceOf(fieldName) ?? document.Source);
                _values[path] = setting.Value;
                return setting.Value;
            }
        }
        // Only reachable while validating an incomplete national pack.
        throw new PolicyPackException(_chain[^1].File, path, "the national pack must set every value (no pack in the chain sets this one).");
    }
}
