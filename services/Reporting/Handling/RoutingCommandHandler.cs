using ChildProtection.EventStore;
using ChildProtection.EventStore.Storage;
using ChildProtection.Reporting.Http;
using ChildProtection.Reporting.Privacy;
using ChildProtection.Reporting.Reports;
using ChildProtection.ServiceDefaults;
using ChildProtection.ServiceDefaults.Audit;
using ChildProtection.ServiceDefaults.Http;
using ChildProtection.Jurisdictions;

namespace ChildProtection.Reporting.Handling;

/// <summary>
/// The one way a department changes a report it holds: <c>If-Match</c>, the report held by the caller's department in
/// the caller's region (else 404, so nobody learns of other departments' reports), the expected version, decide, append,
/// answer with the report and its new ETag.
/// </summary>
public sealed class RoutingCommandHandler(PostgresEventStore store, PolicyPacks packs, TimeProvider clock, ReporterIdentity reporter)
{
    /// <summary>A command on the caller's own routing <paramref name="routingId"/> of the report.</summary>
    public Task<IResult> HandleAsync(HttpContext http, Guid reportId, Guid routingId,
        Func<Report, Caller, DateTimeOffset, MandatoryReportingPolicy, Decision> decide, CancellationToken ct) =>
        HandleAsync(http, reportId, (state, caller) => state.RoutingOf(routingId) is { } r && Holds(caller, r), decide, ct);

    /// <summary>A command on the report itself, by a department holding any routing of it.</summary>
    public Task<IResult> HandleAsync(HttpContext http, Guid reportId,
        Func<Report, Caller, DateTimeOffset, MandatoryReportingPolicy, Decision> decide, CancellationToken ct) =>
        HandleAsync(http, reportId, (state, caller) => state.Routings.Any(r => Holds(caller, r)), decide, ct);

    private static bool Holds(Caller caller, Reports.Routing routing) => routing.Department == caller.Department && caller.CanSee(routing.RegionCode);

    private async Task<IResult> HandleAsync(HttpContext http, Guid reportId, Func<Report, Caller, bool> mayAct,
        Func<Report, Caller, DateTimeOffset, MandatoryReportingPolicy, Decision> decide, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (expected, precondition) = ETags.ExpectedVersion(http.Request, "report", "the service");
        if (precondition is not null) return precondition;

        var (state, version) = await store.AggregateStreamAsync<Report?>(reportId, null, Report.Evolve, ct);
        if (state is null || !mayAct(state, caller))
            return Problems.NotFound("No such report in your department's inbox.");
        if (state.Filed.Child.ChildId is { } child) AuditSubject.Set(http, child);
        if (version != expected) throw new ConcurrencyException(reportId, expected);

        var now = clock.GetUtcNow();
        switch (decide(state, caller, now, packs.Resolve(state.RegionCode).MandatoryReporting))
        {
            case Decision.Rejected rejected:
                return Problems.Rejected(rejected.Code, rejected.Reason);
            case Decision.Accepted { Events.Count: 0 }:
                http.Response.Headers.ETag = ETags.Format(version);
                return TypedResults.Ok(ReportView.ForDepartment(state, version, caller, Masked));
            case Decision.Accepted accepted:
                var result = await store.AppendAsync(reportId, ReportEventTypes.StreamType, expected, accepted.Events, http.CreateEventMetadata(), ct: ct);
                var next = accepted.Events.Aggregate((Report?)state, Report.Evolve)!;
                http.Response.Headers.ETag = ETags.Format(result.NextVersion);
                return TypedResults.Ok(ReportView.ForDepartment(next, result.NextVersion, caller, Masked));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    private Reporter Masked(Reporter stored) => reporter.Show(stored, ReporterIdentity.Reveal.Nothing);
}
