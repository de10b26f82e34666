using ChildProtection.Jurisdictions;

namespace ChildProtection.Reporting.Routing;

/// <summary>
/// Which departments receive a report (docs/domain.md §4): the police for every harm situation of the 2020 opinion, civil
/// affairs and education as the region's policy pack says. A report nobody's pack routes goes to civil affairs, the lead
/// department, so no report is ever left without a receiver.
/// </summary>
public static class RoutingRules
{
    public static IReadOnlyList<string> DepartmentsFor(IReadOnlyCollection<string> situations, MandatoryReportingPolicy policy)
    {
        var departments = new List<string>();
        if (situations.Any(s => ReportableSituations.Harm.Contains(s) || policy.PoliceSituations.Contains(s))) departments.Add("police");
        if (situations.Any(policy.CivilAffairsSituations.Contains)) departments.Add("civil-affairs");
        if (situations.Any(policy.EducationSituations.Contains)) departments.Add("education");
        if (departments.Count == 0) departments.Add("civil-affairs");
        return departments;
    }
}
