using System.Text.Json;
using ChildProtection.Jurisdictions;

namespace ChildProtection.ServiceDefaults.Tests.Jurisdictions;

public sealed class ResolutionTests
{
    private static readonly PolicyPacks Packs = PolicyPacks.Load();

    private static readonly string[] NationalRisks =
        [RiskFactors.ParentSevereDisability, RiskFactors.ChildDisability, RiskFactors.PsychologicalOrBehaviouralAbnormality];

    private static string ValuesJson(EffectivePolicy policy) => JsonSerializer.Serialize(policy.Explain().Values);

    [Fact]
    public void A_Benxi_village_gets_Liaonings_monthly_home_visit_and_no_contact_interval()
    {
        var policy = Packs.Resolve("210521100200");

        Assert.Equal(["benxi", "liaoning", "national"], policy.Packs);
        Assert.Equal(1, policy.Visits.HomeVisitIntervalMonths);
        Assert.Null(policy.Visits.ContactIntervalMonths);
        Assert.Equal(NationalRisks, policy.Visits.RiskFactors);
        Assert.True(policy.CareAgreement.RequiredWhenCarerNotDirectRelative);
        Assert.True(policy.Categories.SingleParentFamilyInScope);
        Assert.True(policy.Categories.AnnualSurveyIncludesRuralSingleParent);
        Assert.Equal(new MonthDay(11, 15), policy.Reporting.AnnualReportByCityDue);
        Assert.True(policy.Reporting.HalfYearlySupervision);
    }

    [Fact]
    public void Liaoning_outside_Benxi_has_no_half_yearly_city_supervision()
    {
        var policy = Packs.Resolve("210102");
        Assert.Equal(["liaoning", "national"], policy.Packs);
        Assert.False(policy.Reporting.HalfYearlySupervision);
        Assert.Equal(1, policy.Visits.HomeVisitIntervalMonths);
    }

    [Fact]
    public void A_Binhai_village_gets_Tianjin_values()
    {
        var policy = Packs.Resolve("120116001002");

        Assert.Equal(["binhai", "tianjin", "national"], policy.Packs);
        Assert.Equal(1, policy.Visits.ContactIntervalMonths);
        Assert.Equal(3, policy.Visits.HomeVisitIntervalMonths);
        Assert.Equal(new MonthDay(11, 15), policy.Reporting.AnnualReportByCountyDue);
        Assert.Equal("tianjin", policy.Sources[PolicyPaths.AnnualReportByCountyDue].PackId);
        // Binhai sets nothing of its own: every value and citation equals another Tianjin district's.
        Assert.Equal(ValuesJson(Packs.Resolve("120101001001")), ValuesJson(policy));
    }

    [Fact]
    public void A_Baotou_village_gets_vacation_visits_and_care_agreements_for_every_rural_left_behind_child()
    {
        var policy = Packs.Resolve("150203100200");

        Assert.Equal(["baotou", "national"], policy.Packs);
        Assert.True(policy.CareAgreement.RequiredForAllRuralLeftBehind);
        Assert.False(policy.CareAgreement.RequiredWhenCarerNotDirectRelative);
        Assert.Equal(["winter", "summer"], policy.Visits.VacationVisits.Select(w => w.Name));
        Assert.Contains(policy.Visits.VacationVisits, w => w.Contains(new DateOnly(2025, 2, 1)));
        Assert.Contains(policy.Visits.VacationVisits, w => w.Contains(new DateOnly(2025, 8, 1)));
        Assert.DoesNotContain(policy.Visits.VacationVisits, w => w.Contains(new DateOnly(2025, 5, 1)));
        Assert.Equal(1, policy.Visits.ContactIntervalMonths);
        Assert.Equal(3, policy.Visits.HomeVisitIntervalMonths);
        Assert.True(policy.Categories.SingleParentFamilyInScope);
        Assert.Equal(["orphan", "de-facto-unsupported", "rural-left-behind"], policy.Categories.GuardianshipAssessmentCategories);
        Assert.True(policy.Reporting.HalfYearlyProgressReports);
        Assert.Equal((0, 10), (policy.Relief.RehabilitationAidMinAgeYears, policy.Relief.RehabilitationAidMaxAgeYears));
        Assert.True(policy.Relief.RehabilitationAidResidencePermitQualifies);
    }

    [Fact]
    public void A_Yunnan_code_gets_the_national_defaults()
    {
        var policy = Packs.Resolve("530102001001");

        Assert.Equal(["national"], policy.Packs);
        Assert.Equal((1, 3, 1), (policy.Visits.ContactIntervalMonths, policy.Visits.HomeVisitIntervalMonths, policy.Visits.RiskHomeVisitIntervalMonths));
        Assert.Equal(NationalRisks, policy.Visits.RiskFactors);
        Assert.Empty(policy.Visits.VacationVisits);
        Assert.Equal(new CareAgreementPolicy(false, false), policy.CareAgreement);
        Assert.Equal((false, false), (policy.Categories.SingleParentFamilyInScope, policy.Categories.AnnualSurveyIncludesRuralSingleParent));
        Assert.Empty(policy.Categories.GuardianshipAssessmentCategories);
        Assert.Equal(new ReportingPolicy(null, null, false, false), policy.Reporting);
        Assert.Equal(new ReliefPolicy(0, 6, true), policy.Relief);
        Assert.Equal(new DirectorPolicy(30), policy.Directors);
        Assert.All(policy.Sources.Values, source => Assert.Equal("national", source.PackId));
    }

    [Fact]
    public void Shanxi_and_Jincheng_visit_single_parent_families_more_often_and_report_by_their_own_dates()
    {
        var jincheng = Packs.Resolve("140502");
        Assert.Equal(["jincheng", "shanxi", "national"], jincheng.Packs);
        Assert.Contains(RiskFactors.SingleParentFamily, jincheng.Visits.RiskFactors);
        Assert.True(jincheng.Categories.SingleParentFamilyInScope);
        Assert.Equal(new MonthDay(12, 1), jincheng.Reporting.AnnualReportByCountyDue);
        Assert.Equal(new MonthDay(12, 5), jincheng.Reporting.AnnualReportByCityDue);

        var taiyuan = Packs.Resolve("1401");
        Assert.Null(taiyuan.Reporting.AnnualReportByCountyDue);
        Assert.Equal(new MonthDay(12, 5), taiyuan.Reporting.AnnualReportByCityDue);
    }

    [Fact]
    public void Every_seed_jurisdiction_adds_directors_above_30_target_children() =>
        Assert.All(["12", "120116", "14", "1405", "21", "2105", "1502"],
            code => Assert.Equal(30, Packs.Resolve(code).Directors.AdditionalDirectorsWhenTargetChildrenExceed));

    [Fact]
    public void A_prefix_is_resolved_as_well_as_a_full_code() =>
        Assert.Equal(["liaoning", "national"], Packs.Resolve("21").Packs);

    [Theory]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("21a")]
    [InlineData("2105211002001")]
    [InlineData("２１")]
    public void A_region_code_that_is_not_2_to_12_digits_is_rejected(string regionCode) =>
        Assert.Throws<ArgumentException>(() => Packs.Resolve(regionCode));
}
