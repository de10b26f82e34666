using ChildProtection.Reporting.Routing;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Reporting.Tests;

public class RoutingRulesTests
{
    private static readonly MandatoryReportingPolicy National = PolicyPacks.Load().Resolve("120116").MandatoryReporting;

    [Theory]
    [InlineData("private-parts-injury", "police")]
    [InlineData("girl-under-14-assault-or-pregnancy", "police")]
    [InlineData("girl-14-plus-pregnancy-from-assault", "police")]
    [InlineData("injuries-suggesting-violence", "police,civil-affairs,education")]
    [InlineData("abnormal-injury-or-death", "police,education")]
    [InlineData("abandoned-or-without-care", "police,civil-affairs")]
    [InlineData("unknown-origin-missing-or-trafficked", "police,civil-affairs")]
    [InlineData("organised-begging", "police,civil-affairs")]
    [InlineData("other-serious-harm", "police")]
    [InlineData("other-danger", "civil-affairs")]
    public void Each_situation_goes_to_the_departments_of_the_national_pack(string situation, string departments) =>
        Assert.Equal(departments.Split(','), RoutingRules.DepartmentsFor([situation], National));

    [Fact]
    public void Every_harm_situation_reaches_the_police_even_if_a_pack_left_it_out()
    {
        var narrow = National with { PoliceSituations = [] };
        Assert.All(ReportableSituations.Harm, s => Assert.Contains("police", RoutingRules.DepartmentsFor([s], narrow)));
    }

    [Fact]
    public void A_situation_no_pack_routes_goes_to_civil_affairs_the_lead_department()
    {
        var none = National with { CivilAffairsSituations = [], EducationSituations = [] };
        Assert.Equal(["civil-affairs"], RoutingRules.DepartmentsFor(["other-danger"], none));
    }

    [Fact]
    public void The_national_pack_sets_measurable_deadlines_with_open_citations()
    {
        var policy = PolicyPacks.Load().Resolve("150200");
        Assert.Equal(24, policy.MandatoryReporting.AcceptWithinHours);
        Assert.Equal(30, policy.MandatoryReporting.OutcomeWithinDays);
        Assert.Equal(7, policy.MandatoryReporting.FeedbackWithinDays);
        Assert.Equal(7, policy.MandatoryReporting.DuplicateWindowDays);
        Assert.StartsWith("[open]", policy.Sources[PolicyPaths.AcceptWithinHours].Source);
        Assert.Contains("强制报告", policy.Sources[PolicyPaths.PoliceSituations].Source);
    }
}
