using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;

namespace ChildProtection.Reporting.Handling;

/// <summary>
/// Who may read or act on a report, as the command step's <c>access</c>: a department holding a routing of it (or the
/// given routing) in the caller's region. Anyone else gets the same 404 as for a report that does not exist, so nobody
/// learns of other departments' reports.
/// </summary>
public static class ReportAccess
{
    /// <summary>The caller's department holds some routing of the report in the caller's region.</summary>
    public static IResult? HoldsReport(Report report, Caller caller) =>
        report.Routings.Any(r => Holds(caller, r)) ? null : NotInInbox();

    /// <summary>The caller's department holds routing <paramref name="routingId"/> of the report in the caller's region.</summary>
    public static Func<Report, Caller, IResult?> HoldsRouting(Guid routingId) => (report, caller) =>
        report.RoutingOf(routingId) is { } r && Holds(caller, r) ? null : NotInInbox();

    private static bool Holds(Caller caller, Reports.Routing routing) => routing.Department == caller.Department && caller.CanSee(routing.RegionCode);

    private static IResult NotInInbox() => Problems.NotFound("No such report in your department's inbox.");
}
