using ChildProtection.Reporting.Directory;
using ChildProtection.Reporting.Handling;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.EventSourcing.Commands;

namespace ChildProtection.Reporting.Matching;

/// <summary>The registry child a provisional child turned out to be.</summary>
public sealed record LinkChildInput(Guid? ChildId);

/// <summary>
/// <c>POST /api/reporting/reports/{reportId}/child</c>: a department holding the report (a routing of it in the caller's
/// department and region) matches its provisional child to a registry child — registered since, or a near candidate
/// confirmed. Registry confirms the child (in the caller's jurisdiction) over gRPC; the report then lands in the child's
/// file, dated the day it was filed, and what the departments do next carries the child. Needs <c>If-Match</c>.
/// </summary>
public static class LinkChildEndpoint
{
    public static RouteGroupBuilder MapLinkChild(this RouteGroupBuilder group)
    {
        group.MapPost("/{reportId:guid}/child", async Task<IResult> (Guid reportId, LinkChildInput input, HttpContext http,
            IChildDirectory directory, StreamCommand cmd, ReporterIdentity reporter, CancellationToken ct) =>
        {
            if (input.ChildId is not { } childId || childId == Guid.Empty) return Problems.Validation("childId", "The registry child's id.");
            try
            {
                if (await directory.GetChildAsync(childId, ct) is null)
                    return Problems.Validation("childId", "No registered child with this id in your jurisdiction.");
            }
            catch (DirectoryUnavailableException)
            {
                return TypedResults.Problem("The child registry cannot be reached; try again shortly.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Registry unavailable.", type: ProblemTypes.Unavailable);
            }
            AuditSubject.Set(http, childId);
            var caller = Caller.From(http.User);
            return await cmd.ChangeAsync(http, reportId, Report.Kind,
                (s, m) => LinkProvisionalChild.Decide(new LinkProvisionalChild(childId, caller.User, m), s),
                (s, version) => ReportView.ForDepartment(s, version, caller, reporter.Masked), ct, ReportAccess.HoldsReport);
        })
        .RequireCaller(departments: RoutingEndpoints.Receivers, roles: RoutingEndpoints.ReceiverRoles)
        .WithName("LinkProvisionalChild");
        return group;
    }
}
