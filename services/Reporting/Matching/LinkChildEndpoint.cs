using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Reporting.Directory;
using ChildProtection.Reporting.Handling;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Http;

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
        group.MapPost("/{reportId:guid}/child", async Task<IResult> (Guid reportId, LinkChildInput input, HttpContext http, PostgresEventStore store,
            IChildDirectory directory, ReporterIdentity reporter, TimeProvider clock, CancellationToken ct) =>
        {
            var caller = Caller.From(http.User);
            if (input.ChildId is not { } childId || childId == Guid.Empty) return Problems.Validation("childId", "The registry child's id.");
            var (expected, precondition) = ETags.ExpectedVersion(http.Request, "report", "the service");
            if (precondition is not null) return precondition;

            var (state, version) = await store.AggregateStreamAsync<Report?>(reportId, null, Report.Evolve, ct);
            if (state is null || !state.Routings.Any(r => r.Department == caller.Department && caller.CanSee(r.RegionCode)))
                return Problems.NotFound("No such report in your department's inbox.");
            if (version != expected) throw new ConcurrencyException(reportId, expected);

            DirectoryChild? known;
            try
            {
                known = await directory.GetChildAsync(childId, ct);
            }
            catch (DirectoryUnavailableException)
            {
                return TypedResults.Problem("The child registry cannot be reached; try again shortly.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Registry unavailable.", type: ProblemTypes.Unavailable);
            }
            if (known is null) return Problems.Validation("childId", "No registered child with this id in your jurisdiction.");
            AuditSubject.Set(http, childId);

            switch (ReportDecisions.LinkChild(state, childId, clock.GetUtcNow(), caller.User))
            {
                case Decision.Rejected rejected:
                    return Problems.Rejected(rejected.Code, rejected.Reason);
                case Decision.Accepted { Events.Count: 0 }:
                    http.Response.Headers.ETag = ETags.Format(version);
                    return TypedResults.Ok(View(state, version));
                case Decision.Accepted accepted:
                    var result = await store.AppendAsync(reportId, ReportEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                    http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                    return TypedResults.Ok(View(accepted.Events.Aggregate((Report?)state, Report.Evolve)!, result.NextVersion));
                default:
                    throw new InvalidOperationException("Unknown decision.");
            }

            ReportView View(Report report, long v) =>
                ReportView.ForDepartment(report, v, caller, stored => reporter.Show(stored, ReporterIdentity.Reveal.Nothing));
        })
        .RequireCaller(departments: RoutingEndpoints.Receivers, roles: RoutingEndpoints.ReceiverRoles)
        .WithName("LinkProvisionalChild");
        return group;
    }
}
